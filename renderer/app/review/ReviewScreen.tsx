import type { IndexView } from '../../../main/api/contract.js';
import { ErrorNotice } from '../common/ErrorNotice.js';
import { ExportPanel } from '../export/ExportPanel.js';
import { useI18n } from '../i18n/I18nContext.js';
import { usePlan } from '../plan/PlanContext.js';
import { AssessmentDetails } from './AssessmentDetails.js';
import { ReleasedFields } from './ReleasedFields.js';
import { ReleaseSummary } from './ReleaseSummary.js';
import { RiskChecklist } from './RiskChecklist.js';
import { SmallNumbersPanel } from './SmallNumbersPanel.js';
import { useAssessmentPreview } from './useAssessmentPreview.js';

/**
 * Step 3: everything that will happen, plainly; the documented risk assessment (details, the risk checklist,
 * small numbers, the general fields); then the export, which cannot start until nothing blocks it.
 */
export function ReviewScreen({ index, onShowSeries }: { readonly index: IndexView; readonly onShowSeries: (uid: string) => void }) {
  const { t } = useI18n();
  const { plan } = usePlan();
  const assessment = useAssessmentPreview(plan);
  const preview = assessment.preview;
  return (
    <div className="review">
      <div className="review-main">
        <ReleaseSummary index={index} preview={preview} onShowSeries={onShowSeries} />
        <AssessmentDetails />
        {assessment.error ? (
          <ErrorNotice titleKey="app.error.assessment" error={assessment.error} adviceKey="app.error.advice.assessment" />
        ) : null}
        {preview ? (
          <>
            <RiskChecklist index={index} preview={preview} />
            <SmallNumbersPanel section={preview.smallNumbers} />
            <ReleasedFields index={index} />
          </>
        ) : !assessment.error ? (
          <p className="muted" aria-live="polite">
            {t('app.review.assessing')}
          </p>
        ) : null}
      </div>
      <aside className="review-side">
        <ExportPanel index={index} assessment={assessment} />
      </aside>
    </div>
  );
}
