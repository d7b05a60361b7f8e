import type { SeriesView } from '../../../main/api/contract.js';
import { useI18n } from '../i18n/I18nContext.js';
import type { ImageContext } from '../masks/maskTargets.js';
import type { Reduction } from './outputSize.js';

/** What the export writes for the image on display: its size and pixel spacing, before and after. */
export function ReductionSummary({ series, image, reduction }: { readonly series: SeriesView; readonly image: ImageContext | undefined; readonly reduction: Reduction | undefined }) {
  const { t, number } = useI18n();
  const rows = image?.device.rows;
  const columns = image?.device.columns;
  if (!rows || !columns) return null;
  const spacing = series.pixelSpacing;
  const mm = (s: readonly [number, number]): string => t('app.size.spacingValue', { row: number(s[0], 3), column: number(s[1], 3) });
  return (
    <section className="panel-section reduction" aria-live="polite">
      <h3>{t('app.size.resultTitle')}</h3>
      <dl className="facts">
        <dt>{t('app.size.pixelsLabel')}</dt>
        <dd data-output-size={reduction ? `${reduction.after.columns}x${reduction.after.rows}` : `${columns}x${rows}`}>
          {reduction
            ? t('app.size.sizeChange', { columns, rows, outColumns: reduction.after.columns, outRows: reduction.after.rows })
            : t('app.size.sizeSame', { columns, rows })}
        </dd>
        <dt>{t('app.size.spacingLabel')}</dt>
        <dd>
          {!spacing ? t('app.size.noSpacing') : reduction?.spacing ? t('app.size.spacingChange', { before: mm(spacing), after: mm(reduction.spacing) }) : mm(spacing)}
        </dd>
      </dl>
    </section>
  );
}
