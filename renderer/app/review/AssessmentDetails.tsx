import type { Plan } from '../../../main/api/contract.js';
import { LANGUAGES } from '../i18n/catalogs.js';
import { useI18n } from '../i18n/I18nContext.js';
import { usePlan } from '../plan/PlanContext.js';
import { setAssessmentText, setRecipient, setSheetLanguage } from '../plan/planCommands.js';

const RECIPIENTS: readonly Plan['assessment']['recipient'][] = ['secure-environment', 'publication'];
const TEXT_FIELDS = ['organisation', 'operator', 'reviewer', 'reference'] as const;

/** Who releases what to whom: the first section of the assessment sheet. */
export function AssessmentDetails() {
  const { t } = useI18n();
  const { plan, execute } = usePlan();
  const a = plan.assessment;
  return (
    <section className="review-section" aria-labelledby="review-details">
      <h2 id="review-details">{t('app.details.title')}</h2>
      <fieldset className="choice-group">
        <legend>{t('sheet.release.recipient')}</legend>
        {RECIPIENTS.map((r) => (
          <label key={r} className="radio-card">
            <input type="radio" name="recipient" checked={a.recipient === r} onChange={() => execute(setRecipient(r))} />
            <span>
              <strong>{t(`sheet.release.recipientSetting.${r}`)}</strong>
              <span className="muted small">{t(`sheet.release.recipientMeaning.${r}`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="form-grid">
        <label className="field">
          <span>{t('sheet.release.recipientName')}</span>
          <input type="text" name="recipientName" value={a.recipientName ?? ''} onChange={(e) => execute(setAssessmentText('recipientName', e.target.value))} />
        </label>
        {TEXT_FIELDS.map((field) => (
          <label key={field} className="field">
            <span>{t(field === 'reviewer' ? 'sheet.signOff.reviewer' : `sheet.release.${field}`)}</span>
            <input type="text" name={field} value={a[field]} onChange={(e) => execute(setAssessmentText(field, e.target.value))} />
          </label>
        ))}
        <label className="field">
          <span>{t('app.details.sheetLanguage')}</span>
          <select value={a.language} onChange={(e) => execute(setSheetLanguage(e.target.value as Plan['assessment']['language']))}>
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t(`app.language.${l}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {!a.operator.trim() || !a.reference.trim() ? <p className="muted">{t('app.details.missing')}</p> : null}
    </section>
  );
}
