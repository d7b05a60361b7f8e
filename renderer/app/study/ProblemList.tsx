import type { ProblemView } from '../../../main/api/contract.js';
import { useI18n } from '../i18n/I18nContext.js';

/** Files that could not be used, each with its reason in the operator's language and the technical detail: listed, never hidden. */
export function ProblemList({ problems }: { readonly problems: readonly ProblemView[] }) {
  const { t, number } = useI18n();
  return (
    <ul className="problem-list">
      {problems.map((p) => (
        <li key={`${p.kind}:${p.path}`}>
          <span className={`chip chip-${p.kind}`}>{t(`app.problem.${p.kind}`)}</span>
          <span className="problem-path" title={p.path}>
            {p.path}
          </span>
          <span className="problem-reason" title={p.reason}>
            {t(`app.problemReason.${p.code}`, p.offset !== undefined ? { offset: number(p.offset) } : {})}
            <span className="problem-detail">{p.reason}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
