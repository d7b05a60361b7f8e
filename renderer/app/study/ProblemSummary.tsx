import type { IndexView } from '../../../main/api/contract.js';
import { useI18n } from '../i18n/I18nContext.js';
import { ProblemList } from './ProblemList.js';

/** Under the series: what else was found (files not used and why, non-DICOM files skipped). */
export function ProblemSummary({ index }: { readonly index: IndexView }) {
  const { t, number } = useI18n();
  if (index.problems.length === 0 && index.notDicom === 0) return null;
  return (
    <section className="browser-problems">
      {index.notDicom > 0 ? <p className="muted">{t('app.browser.notDicom', { n: index.notDicom, count: number(index.notDicom) })}</p> : null}
      {index.problems.length > 0 ? (
        <details open={index.problems.length <= 5}>
          <summary>{t('app.browser.problems', { n: index.problems.length })}</summary>
          <ProblemList problems={index.problems} />
        </details>
      ) : null}
    </section>
  );
}
