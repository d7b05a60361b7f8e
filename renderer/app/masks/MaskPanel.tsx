import type { MaskCategory, SeriesView } from '../../../main/api/contract.js';
import type { Viewer } from '../../viewer/index.js';
import { useI18n } from '../i18n/I18nContext.js';
import { usePlan } from '../plan/PlanContext.js';
import { AppliedCount } from './AppliedCount.js';
import { CategoryPicker } from './CategoryPicker.js';
import { DeviceRules } from './DeviceRules.js';
import { MaskList } from './MaskList.js';
import { appliedCount, type ImageContext, type MaskScope } from './maskTargets.js';
import { ScopePicker } from './ScopePicker.js';

export interface MaskPanelProps {
  readonly viewer: Viewer | undefined;
  readonly series: SeriesView;
  readonly image: ImageContext | undefined;
  readonly category: MaskCategory;
  readonly onCategory: (category: MaskCategory) => void;
  readonly scope: MaskScope;
  readonly onScope: (scope: MaskScope) => void;
}

/** Masks: what new ones hide and where they apply, the ones on this image, and device rules. */
export function MaskPanel({ viewer, series, image, category, onCategory, scope, onScope }: MaskPanelProps) {
  const { t } = useI18n();
  const { plan } = usePlan();
  const count = appliedCount(plan.masks, series);
  return (
    <div className="panel-stack">
      <AppliedCount applied={count.applied} total={count.total} />
      <section className="panel-section" aria-labelledby="masks-new">
        <h3 id="masks-new">{t('app.masks.newTitle')}</h3>
        <CategoryPicker value={category} onChange={onCategory} />
        <ScopePicker value={scope} onChange={onScope} image={image} />
        <p className="muted">{t('app.masks.drawHint')}</p>
      </section>
      <MaskList viewer={viewer} image={image} />
      <DeviceRules image={image} />
    </div>
  );
}
