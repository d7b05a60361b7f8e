import { useI18n } from '../i18n/I18nContext.js';

/** "Applied to N of M images" of the series: always in view, so that a mask that misses images shows. */
export function AppliedCount({ applied, total }: { readonly applied: number; readonly total: number }) {
  const { t, number } = useI18n();
  const state = applied === 0 ? 'none' : applied === total ? 'all' : 'some';
  return (
    <p className={`applied-count applied-${state}`} role="status" data-applied={applied} data-total={total}>
      {t('app.masks.applied', { applied: number(applied), total: number(total), n: total })}
    </p>
  );
}
