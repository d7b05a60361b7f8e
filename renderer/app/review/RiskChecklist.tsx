import type { AssessmentPreview, IndexView } from '../../../main/api/contract.js';
import { useI18n } from '../i18n/I18nContext.js';
import { listSeries } from '../study/studyIndex.js';
import { seriesLabel } from '../study/seriesLabel.js';
import { RiskLine } from './RiskLine.js';

/** The guideline's checklist: each risk with the engine's finding and the operator's decisions. */
export function RiskChecklist({ index, preview }: { readonly index: IndexView; readonly preview: AssessmentPreview }) {
  const { t } = useI18n();
  const labels = new Map(listSeries(index).map((e) => [e.series.seriesInstanceUid, seriesLabel(e.series)]));
  const label = (uid: string): string => labels.get(uid) ?? uid;
  const undecided = preview.risks.filter((r) => r.status === 'undecided').length;
  return (
    <section className="review-section" aria-labelledby="review-risks" id="risk-checklist">
      <h2 id="review-risks">{t('sheet.section.risks')}</h2>
      <p className="muted">{t('app.risks.lead')}</p>
      <p className={undecided > 0 ? 'status-line status-bad' : 'status-line status-good'} role="status">
        {undecided > 0 ? t('app.risks.undecidedCount', { n: undecided }) : t('app.risks.allDecided')}
      </p>
      <ol className="risk-list">
        {preview.risks.map((line) => (
          <RiskLine key={line.risk} line={line} seriesLabel={label} />
        ))}
      </ol>
    </section>
  );
}
