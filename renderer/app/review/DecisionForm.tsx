import { useId, useState } from 'react';
import type { AssessedRisk, RiskDecision } from '../../../main/api/contract.js';
import { useI18n } from '../i18n/I18nContext.js';
import { usePlan } from '../plan/PlanContext.js';
import { recordDecision } from '../plan/planCommands.js';

const DECISIONS: readonly RiskDecision['decision'][] = ['not-present', 'masked', 'accepted'];
const ALL = 'all';

/**
 * A decision on one risk for every series or one of them, with its justification (required: the sheet prints
 * it, and the guideline asks for the reasoning, not only the verdict).
 */
export function DecisionForm({ risk, series, undecided, seriesLabel }: { readonly risk: AssessedRisk; readonly series: readonly string[]; readonly undecided: readonly string[]; readonly seriesLabel: (uid: string) => string }) {
  const { t } = useI18n();
  const { execute } = usePlan();
  const id = useId();
  const [scope, setScope] = useState<string>(undecided.length === 1 && series.length > 1 ? undecided[0]! : ALL);
  const [decision, setDecision] = useState<RiskDecision['decision']>();
  const [justification, setJustification] = useState('');
  const ready = decision !== undefined && justification.trim().length > 0;
  return (
    <form
      className="decision-form"
      aria-label={t('app.risks.decideFor', { risk: t(`risk.${risk}.title`) })}
      onSubmit={(event) => {
        event.preventDefault();
        if (!ready) return;
        execute(recordDecision({ risk, scope: scope === ALL ? 'all' : { seriesInstanceUID: scope }, decision, justification }));
        setJustification('');
        setDecision(undefined);
      }}
    >
      <label className="field">
        <span>{t('sheet.risks.scope')}</span>
        <select value={scope} onChange={(e) => setScope(e.target.value)} name="scope">
          <option value={ALL}>{t('sheet.risks.scopeAll')}</option>
          {series.map((uid) => (
            <option key={uid} value={uid}>
              {seriesLabel(uid)}
              {undecided.includes(uid) ? ` – ${t('app.risks.status.undecided')}` : ''}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="choice-group">
        <legend>{t('sheet.risks.decision')}</legend>
        {DECISIONS.map((d) => (
          <label key={d} className="radio-row">
            <input type="radio" name={`${id}-decision`} value={d} checked={decision === d} onChange={() => setDecision(d)} />
            {t(`sheet.decision.${d}`)}
          </label>
        ))}
      </fieldset>
      <label className="field">
        <span>{t('sheet.risks.justification')}</span>
        <textarea name="justification" rows={2} value={justification} placeholder={t('app.risks.justificationPlaceholder')} onChange={(e) => setJustification(e.target.value)} />
      </label>
      <div className="row">
        <button type="submit" className="button button-primary" disabled={!ready}>
          {t('app.risks.record')}
        </button>
        {!ready ? <span className="muted small">{t('app.risks.needs')}</span> : null}
      </div>
    </form>
  );
}
