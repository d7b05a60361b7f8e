import type { AssessedRisk, RiskDecision, RiskLineView } from '../../../main/api/contract.js';
import { Icon } from '../common/Icon.js';
import { useI18n } from '../i18n/I18nContext.js';
import { usePlan } from '../plan/PlanContext.js';
import { removeDecision } from '../plan/planCommands.js';
import { describeReasons } from '../risk/describeReason.js';
import { DecisionForm } from './DecisionForm.js';

const INFORMATION_LINES: ReadonlySet<string> = new Set(['varying-measurement', 'amount-of-data']);

const sameDecision = (a: RiskDecision, b: RiskDecision): boolean =>
  a.risk === b.risk && a.decision === b.decision && JSON.stringify(a.scope) === JSON.stringify(b.scope) && a.justification === b.justification;

/** One risk: what the engine found and why, the decisions that cover it, and the form for the rest. */
export function RiskLine({ line, seriesLabel }: { readonly line: RiskLineView; readonly seriesLabel: (uid: string) => string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { plan, execute } = usePlan();
  const information = INFORMATION_LINES.has(line.risk);
  const fields = plan.supplementary.fields;
  const scopeText = (scope: RiskDecision['scope']): string => (scope === 'all' ? t('sheet.risks.scopeAll') : seriesLabel(scope.seriesInstanceUID));
  return (
    <li className={`risk-line risk-${line.status}`} data-risk={line.risk} data-status={line.status}>
      <header className="risk-head">
        <Icon name={line.status === 'undecided' ? 'warning' : line.status === 'decided' ? 'check' : 'info'} />
        <h3>{t(`risk.${line.risk}.title`)}</h3>
        <span className={`chip chip-status-${line.status}`}>{t(`app.risks.status.${information ? 'information' : line.status}`)}</span>
      </header>
      <p className="risk-finding">
        {line.risk === 'varying-measurement'
          ? t(line.objects > 0 ? 'sheet.risks.varyingFound' : 'sheet.risks.varyingNone', { n: line.objects })
          : line.risk === 'amount-of-data'
            ? fields.length > 0
              ? t('sheet.risks.amountFound', { n: line.objects, fields: fields.map((f) => t(`sheet.field.${f}`)).join(t('sheet.format.list')) })
              : t('sheet.risks.amountNoFields', { n: line.objects })
            : line.raised
              ? t('sheet.risks.raisedBecause', { n: line.objects, reasons: describeReasons(i18n, line.reasons).join('; ') })
              : line.risk === 'other-datasets'
                ? t('app.risks.operatorOnly')
                : t('sheet.risks.notRaised')}
      </p>
      {line.raised && line.series.length > 0 ? (
        <p className="muted small">{t('app.risks.onSeries', { series: line.series.map(seriesLabel).join(t('sheet.format.list')) })}</p>
      ) : null}
      {line.undecidedSeries.length > 0 ? (
        <p className="risk-undecided">{t('app.risks.undecidedOn', { series: line.undecidedSeries.map(seriesLabel).join(t('sheet.format.list')) })}</p>
      ) : null}
      {line.decisions.length > 0 ? (
        <ul className="decision-list">
          {line.decisions.map((d) => {
            const own = plan.assessment.decisions.some((p) => sameDecision(p, d));
            return (
              <li key={`${JSON.stringify(d.scope)}${d.decision}`}>
                <span className="chip chip-decision">{t(`sheet.decision.${d.decision}`)}</span>
                <span className="muted">{scopeText(d.scope)}</span>
                <span className="justification">{t('app.text.quoted', { text: d.justification })}</span>
                {own ? (
                  <button type="button" className="link-button" onClick={() => execute(removeDecision(d.risk, d.scope))}>
                    {t('app.risks.removeDecision')}
                  </button>
                ) : (
                  <span className="muted small">{t('app.risks.fromPlan')}</span>
                )}
              </li>
            );
          })}
        </ul>
      ) : null}
      {information ? null : line.status === 'undecided' ? (
        <DecisionForm risk={line.risk as AssessedRisk} series={line.series} undecided={line.undecidedSeries} seriesLabel={seriesLabel} />
      ) : (
        <details className="decision-more">
          <summary>{t(line.raised ? 'app.risks.changeDecision' : 'app.risks.addDecision')}</summary>
          <DecisionForm risk={line.risk as AssessedRisk} series={line.series} undecided={line.undecidedSeries} seriesLabel={seriesLabel} />
        </details>
      )}
    </li>
  );
}
