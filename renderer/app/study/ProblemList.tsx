import type { ProblemView } from '../../../main/api/contract.js';
import { useI18n } from '../i18n/I18nContext.js';

/** Files that could not be used, each with its reason: listed, never hidden. */
export function ProblemList({ problems }: { readonly problems: readonly ProblemView[] }) {
  const { t } = useI18n();
  return (
    <ul className="problem-list">
      {problems.map((p) => (
        <li key={`${p.kind}:${p.path}`}>
          <span className={`chip chip-${p.kind}`}>{t(`app.problem.${p.kind}`)}</span>
          <span className="problem-path" title={p.path}>
            {p.path}
          </span>
          <span className="problem-reason">{p.reason}</span>
        </li>
      ))}
    </ul>
  );
}
