import type { RiskFlagView, RiskId } from '../../../main/api/contract.js';
import { Icon } from '../common/Icon.js';
import { useI18n } from '../i18n/I18nContext.js';
import { describeReasons } from './describeReason.js';

/** The risks the engine raised, each once, with its reasons on hover. */
export function RiskFlagChips({ flags }: { readonly flags: readonly RiskFlagView[] }) {
  const i18n = useI18n();
  const byRisk = new Map<RiskId, RiskFlagView['reason'][]>();
  for (const f of flags) byRisk.set(f.risk, [...(byRisk.get(f.risk) ?? []), f.reason]);
  if (byRisk.size === 0) return null;
  return (
    <ul className="flag-list" aria-label={i18n.t('app.flags.label')}>
      {[...byRisk].map(([risk, reasons]) => {
        const why = describeReasons(i18n, reasons).join('; ');
        return (
          <li key={risk} className="chip chip-risk" title={why}>
            <Icon name="flag" />
            {i18n.t(`risk.${risk}.title`)}
            <span className="visually-hidden">: {why}</span>
          </li>
        );
      })}
    </ul>
  );
}
