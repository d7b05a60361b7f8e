import type { SeriesView } from '../../../main/api/contract.js';
import type { Viewer } from '../../viewer/index.js';
import { useViewerState } from '../../viewer/react/useViewerState.js';
import { Icon } from '../common/Icon.js';
import { useI18n } from '../i18n/I18nContext.js';
import type { ImageContext } from '../masks/maskTargets.js';
import { usePlan } from '../plan/PlanContext.js';
import { setSeriesCrop } from '../plan/planCommands.js';
import { useShortcutHint } from '../shortcuts/useShortcutHint.js';
import { cropFor } from '../workspace/useCropSync.js';

/** The series' crop: drawn with the viewer's crop tool, shown in pixels, removable. */
export function CropControls({ viewer, series, image }: { readonly viewer: Viewer | undefined; readonly series: SeriesView; readonly image: ImageContext | undefined }) {
  const { t, number } = useI18n();
  const hint = useShortcutHint();
  const { plan, execute } = usePlan();
  const tool = useViewerState(viewer, ['toolchange'], (v) => v.getTool());
  const crop = cropFor(plan.crop, image);
  return (
    <section className="panel-section" aria-labelledby="size-crop">
      <h3 id="size-crop">{t('app.crop.title')}</h3>
      <p className="muted">{t('app.crop.lead')}</p>
      <p>
        {crop
          ? t('app.crop.value', { width: number(crop.width), height: number(crop.height), x: number(crop.x), y: number(crop.y) })
          : t('app.crop.none')}
      </p>
      <div className="row">
        <button type="button" className="button" aria-pressed={tool === 'crop'} title={hint(t('app.shortcut.crop'), 'crop')} onClick={() => viewer?.setTool(tool === 'crop' ? 'windowLevel' : 'crop')}>
          <Icon name="crop" />
          {t(tool === 'crop' ? 'app.crop.done' : crop ? 'app.crop.edit' : 'app.crop.draw')}
        </button>
        <button type="button" className="button button-quiet" disabled={!crop} onClick={() => execute(setSeriesCrop(series.seriesInstanceUid, undefined))}>
          <Icon name="trash" />
          {t('app.crop.remove')}
        </button>
      </div>
    </section>
  );
}
