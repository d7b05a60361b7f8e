import type { MaskCategory } from '../../../main/api/contract.js';
import { DEFAULT_MASK_COLOURS, MASK_CATEGORIES, type Viewer } from '../../viewer/index.js';
import { useViewerState } from '../../viewer/react/useViewerState.js';
import { Icon } from '../common/Icon.js';
import { useI18n } from '../i18n/I18nContext.js';
import { usePlan } from '../plan/PlanContext.js';
import { removeMaskShape, retargetMaskShape, setMaskCategory } from '../plan/planCommands.js';
import { useShortcutHint } from '../shortcuts/useShortcutHint.js';
import { describeRule } from './describeRule.js';
import { describeShape } from './describeShape.js';
import { MASK_SCOPES, scopeOf, targetFor, visibleMasks, type ImageContext, type MaskScope } from './maskTargets.js';

/** The masks on the image on display: select, recategorise, retarget or delete each (all undoable). */
export function MaskList({ viewer, image }: { readonly viewer: Viewer | undefined; readonly image: ImageContext | undefined }) {
  const i18n = useI18n();
  const { t } = i18n;
  const hint = useShortcutHint();
  const { plan, execute } = usePlan();
  const selected = useViewerState(viewer, ['selectionchange', 'maskschange'], (v) => v.getSelectedMaskId());
  const visible = image ? visibleMasks(plan.masks, image) : [];
  const scopes = MASK_SCOPES.filter((s) => s !== 'frame' || (image?.frames ?? 1) > 1);
  return (
    <section className="panel-section" aria-labelledby="masks-here">
      <h3 id="masks-here">{t('app.masks.onImage', { n: visible.length })}</h3>
      {visible.length === 0 ? <p className="muted">{t('app.masks.none')}</p> : null}
      <ul className="mask-list">
        {visible.map((m) => {
          const shape = m.mask.shapes[m.shape]!;
          const scope = scopeOf(m.mask);
          return (
            <li key={m.id} className={selected === m.id ? 'mask-item mask-item-selected' : 'mask-item'}>
              <button type="button" className="mask-pick" onClick={() => viewer?.selectMask(m.id)} aria-pressed={selected === m.id}>
                <span className="swatch" style={{ backgroundColor: DEFAULT_MASK_COLOURS[shape.category] }} />
                <span>{describeShape(i18n, shape)}</span>
              </button>
              <div className="mask-controls">
                <select
                  aria-label={t('app.masks.category')}
                  value={shape.category}
                  onChange={(e) => execute(setMaskCategory(m.entry, m.shape, e.target.value as MaskCategory))}
                >
                  {MASK_CATEGORIES.map((c) => (
                    <option key={c} value={c}>
                      {t(`sheet.mask.${c}`)}
                    </option>
                  ))}
                </select>
                <select
                  aria-label={t('app.masks.appliesTo')}
                  value={scope}
                  disabled={!image}
                  onChange={(e) => image && execute(retargetMaskShape(m.entry, m.shape, targetFor(e.target.value as MaskScope, image)))}
                >
                  {(scopes.includes(scope) ? scopes : [...scopes, scope]).map((s) => (
                    <option key={s} value={s}>
                      {t(`app.masks.scopes.${s}`)}
                    </option>
                  ))}
                </select>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('app.masks.delete')}
                  title={hint(t('app.masks.delete'), selected === m.id ? 'deleteMask' : undefined)}
                  onClick={() => execute(removeMaskShape(m.entry, m.shape))}
                >
                  <Icon name="trash" />
                </button>
              </div>
              {'rule' in m.mask ? <p className="muted small">{t('app.masks.viaRule', { rule: describeRule(m.mask.rule) })}</p> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
