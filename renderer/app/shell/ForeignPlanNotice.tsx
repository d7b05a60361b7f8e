import { useState } from 'react';
import type { IndexView } from '../../../main/api/contract.js';
import { Icon } from '../common/Icon.js';
import { useI18n } from '../i18n/I18nContext.js';
import { usePlan } from '../plan/PlanContext.js';
import { countForeignTargets, removeForeignTargets } from '../plan/planCommands.js';
import { openTargets } from '../study/studyIndex.js';

/**
 * A plan restored from an earlier session (or loaded from a file) may name images that are not open: the
 * export would refuse it. Said once, with the one-click remedy, and never done silently.
 */
export function ForeignPlanNotice({ index, restored }: { readonly index: IndexView; readonly restored: boolean }) {
  const { t } = useI18n();
  const { plan, execute } = usePlan();
  const [kept, setKept] = useState<IndexView>();
  const open = openTargets(index);
  const count = countForeignTargets(plan, open);
  if (count === 0 || kept === index) return null;
  return (
    <div className="banner banner-warning" role="status">
      <Icon name="warning" />
      <span>{t(restored ? 'app.foreign.restored' : 'app.foreign.loaded', { n: count })}</span>
      <button type="button" className="button" onClick={() => execute(removeForeignTargets(open))}>
        {t('app.foreign.remove')}
      </button>
      <button type="button" className="button button-quiet" onClick={() => setKept(index)}>
        {t('app.foreign.keep')}
      </button>
    </div>
  );
}
