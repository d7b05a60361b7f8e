import type { Viewer } from '../../viewer/index.js';
import { useViewerState } from '../../viewer/react/useViewerState.js';
import { useI18n } from '../i18n/I18nContext.js';
import type { Reduction } from '../resolution/outputSize.js';
import type { StackImage } from '../study/studyIndex.js';
import type { SeriesStack } from './useSeriesStack.js';

/** Under the image: the stack slider and what is on display (position, frame, window, zoom, size). */
export function StackBar({ viewer, stack, current, reduction }: { readonly viewer: Viewer | undefined; readonly stack: SeriesStack; readonly current: StackImage | undefined; readonly reduction: Reduction | undefined }) {
  const { t, number } = useI18n();
  const index = useViewerState(viewer, ['indexchange', 'stackchange'], (v) => v.getIndex()) ?? 0;
  const voi = useViewerState(viewer, ['voichange', 'imagechange'], (v) => v.getVoi());
  const camera = useViewerState(viewer, ['camerachange', 'imagechange'], (v) => v.getCamera());
  const playing = useViewerState(viewer, ['cinechange'], (v) => v.isPlaying());
  const count = stack.images.length;
  const ready = stack.status === 'ready';
  return (
    <div className="stackbar">
      <input
        type="range"
        className="stack-slider"
        min={0}
        max={Math.max(0, count - 1)}
        value={ready ? index : 0}
        disabled={!ready || count < 2}
        aria-label={t('app.viewer.position')}
        aria-valuetext={t('app.viewer.imageOf', { index: number(index + 1), count: number(count) })}
        onChange={(e) => void viewer?.setIndex(Number(e.target.value))}
      />
      <span className="stack-facts">
        {ready ? <span className="fact-strong">{t('app.viewer.imageOf', { index: number(index + 1), count: number(count) })}</span> : null}
        {current && current.instance.frames > 1 ? <span>{t('app.viewer.frameOf', { frame: number(current.frame + 1), frames: number(current.instance.frames) })}</span> : null}
        {current?.instance.instanceNumber !== undefined ? <span>{t('app.viewer.instance', { number: current.instance.instanceNumber })}</span> : null}
        {voi ? <span>{t('app.viewer.voi', { width: number(voi.width, 0), center: number(voi.center, 0) })}</span> : null}
        {camera && ready ? <span>{t('app.viewer.zoom', { percent: number(camera.zoom * 100, 0) })}</span> : null}
        {current?.instance.columns && current.instance.rows ? (
          <span>
            {reduction
              ? t('app.viewer.sizeReduced', { columns: current.instance.columns, rows: current.instance.rows, outColumns: reduction.after.columns, outRows: reduction.after.rows })
              : t('app.viewer.size', { columns: current.instance.columns, rows: current.instance.rows })}
          </span>
        ) : null}
        {playing ? <span className="fact-strong">{t('app.viewer.playing')}</span> : null}
      </span>
    </div>
  );
}
