import type { Viewer, ViewerTool } from '../../viewer/index.js';
import { useViewerState } from '../../viewer/react/useViewerState.js';
import type { IconName } from '../common/Icon.js';
import { useI18n } from '../i18n/I18nContext.js';
import { ActionButton } from './ActionButton.js';
import { ToolButton } from './ToolButton.js';
import { VoiPresetPicker } from './VoiPresetPicker.js';

const VIEW_TOOLS: readonly [ViewerTool, IconName][] = [
  ['windowLevel', 'windowLevel'],
  ['pan', 'pan'],
  ['zoom', 'zoom'],
  ['scroll', 'scroll'],
];
const MASK_TOOLS: readonly [ViewerTool, IconName][] = [
  ['select', 'select'],
  ['rectangle', 'rectangle'],
  ['ellipse', 'ellipse'],
  ['polygon', 'polygon'],
  ['freehand', 'freehand'],
  ['crop', 'crop'],
];

/** The viewer's tools and view controls; every one also has a key (see the help sheet). */
export function ViewerToolbar({ viewer }: { readonly viewer: Viewer | undefined }) {
  const { t } = useI18n();
  const tool = useViewerState(viewer, ['toolchange'], (v) => v.getTool());
  const info = useViewerState(viewer, ['imagechange', 'stackchange'], (v) => v.getImageInfo());
  const inverted = useViewerState(viewer, ['voichange', 'imagechange'], (v) => v.isInverted());
  const playing = useViewerState(viewer, ['cinechange'], (v) => v.isPlaying());
  const overlays = useViewerState(viewer, ['overlayschange'], (v) => v.areOverlaysVisible());
  const display = useViewerState(viewer, ['maskdisplaychange'], (v) => v.getMaskDisplay());
  const run = (command: Parameters<Viewer['execute']>[0]) => () => viewer?.execute(command);
  return (
    <div className="toolbar" role="toolbar" aria-label={t('app.viewer.toolbar')}>
      <div className="tool-group" role="group" aria-label={t('app.shortcutGroup.tools')}>
        {VIEW_TOOLS.map(([id, icon]) => (
          <ToolButton key={id} viewer={viewer} tool={id} icon={icon} active={tool === id} />
        ))}
      </div>
      <div className="tool-group" role="group" aria-label={t('app.shortcutGroup.masks')}>
        {MASK_TOOLS.map(([id, icon]) => (
          <ToolButton key={id} viewer={viewer} tool={id} icon={icon} active={tool === id} />
        ))}
      </div>
      <div className="tool-group" role="group" aria-label={t('app.shortcutGroup.view')}>
        <VoiPresetPicker viewer={viewer} />
        <ActionButton shortcut="invert" icon="invert" pressed={inverted ?? false} disabled={!info} onClick={run({ type: 'toggleInvert' })} />
        <ActionButton shortcut="fit" icon="fit" disabled={!info} onClick={run({ type: 'fit' })} />
        <ActionButton shortcut="cine" icon={playing ? 'pause' : 'play'} pressed={playing ?? false} disabled={!info || info.count < 2} onClick={run({ type: 'toggleCine' })} />
        <ActionButton shortcut="overlays" icon="overlays" pressed={overlays ?? true} disabled={!info || info.overlayCount === 0} onClick={run({ type: 'toggleOverlays' })} />
      </div>
      <div className="tool-group tool-group-end" role="group" aria-label={t('app.masks.display')}>
        <ActionButton shortcut="peek" icon={display?.peek ? 'eyeOff' : 'eye'} pressed={display?.peek ?? false} disabled={!info} onClick={run({ type: 'togglePeek' })} />
        <span className="peek-state" aria-live="polite">
          {t(display?.peek ? 'app.masks.peeking' : 'app.masks.asBurned')}
        </span>
      </div>
    </div>
  );
}
