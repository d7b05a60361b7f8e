import { useEffect, useMemo, useState } from 'react';
import type { IndexView, MaskCategory } from '../../../main/api/contract.js';
import type { Viewer, ViewerOptions } from '../../viewer/index.js';
import { useViewer } from '../../viewer/react/useViewer.js';
import { useViewerState } from '../../viewer/react/useViewerState.js';
import { imageContextOf, targetFor, type MaskScope } from '../masks/maskTargets.js';
import { usePlan } from '../plan/PlanContext.js';
import { replaceMasks, setSeriesCrop } from '../plan/planCommands.js';
import { reductionOf, resolutionOfSeries } from '../resolution/outputSize.js';
import { StudyBrowser } from '../study/StudyBrowser.js';
import { findSeries } from '../study/studyIndex.js';
import { SidePanel, type SidePanelId } from './SidePanel.js';
import { StackBar } from './StackBar.js';
import { useCropSync } from './useCropSync.js';
import { useMaskSync } from './useMaskSync.js';
import { useSeriesStack } from './useSeriesStack.js';
import { ViewerToolbar } from './ViewerToolbar.js';
import { ViewportStatus } from './ViewportStatus.js';
import { VOI_PRESETS } from './voiPresets.js';

/** The app's keyboard table drives the viewer (the viewer's own key bindings are off: one table, one handler). */
const VIEWER_OPTIONS: ViewerOptions = { voiPresets: VOI_PRESETS, tool: 'windowLevel', maskCategory: 'burned-in-text', keyBindings: [] };

export interface ImageWorkspaceProps {
  readonly index: IndexView;
  readonly seriesUid: string | undefined;
  readonly onSeries: (uid: string) => void;
  readonly panel: SidePanelId;
  readonly onPanel: (panel: SidePanelId) => void;
  readonly onViewer: (viewer: Viewer | undefined) => void;
  readonly findRequest: number;
}

/** Step 2: browse the series, look at the images, mask, crop and reduce them, and read the header. */
export function ImageWorkspace({ index, seriesUid, onSeries, panel, onPanel, onViewer, findRequest }: ImageWorkspaceProps) {
  const [ref, viewer] = useViewer(VIEWER_OPTIONS);
  const { plan, execute } = usePlan();
  useEffect(() => {
    onViewer(viewer);
    return () => onViewer(undefined);
  }, [viewer, onViewer]);

  const entry = findSeries(index, seriesUid);
  const series = entry?.series;
  const stack = useSeriesStack(viewer, series);
  const position = useViewerState(viewer, ['indexchange', 'stackchange'], (v) => v.getIndex()) ?? 0;
  const current = stack.seriesUid === series?.seriesInstanceUid && stack.status === 'ready' ? stack.images[position] : undefined;
  const image = useMemo(() => (series && current ? imageContextOf(series, current.instance, current.frame) : undefined), [series, current]);

  const [category, setCategory] = useState<MaskCategory>('burned-in-text');
  const [scope, setScope] = useState<MaskScope>('series');
  useEffect(() => viewer?.setMaskCategory(category), [viewer, category]);
  useMaskSync(viewer, plan.masks, image, image ? targetFor(scope, image) : undefined, (masks, change) => execute(replaceMasks(masks, change)));
  useCropSync(viewer, plan.crop, image, (crop) => {
    if (series) execute(setSeriesCrop(series.seriesInstanceUid, crop));
  });

  const [showReduced, setShowReduced] = useState(true);
  const instance = current?.instance;
  const reduction =
    series && instance?.rows && instance.columns
      ? reductionOf({ rows: instance.rows, columns: instance.columns }, resolutionOfSeries(plan, series.seriesInstanceUid), series.pixelSpacing)
      : undefined;
  const previewFactor = showReduced ? reduction?.factor : undefined;
  useEffect(() => viewer?.setPreviewFactor(previewFactor), [viewer, previewFactor, image]);

  const camera = useViewerState(viewer, ['camerachange', 'imagechange'], (v) => v.getCamera());
  return (
    <div className="workspace">
      <aside className="workspace-browser">
        <StudyBrowser index={index} selected={seriesUid} onSelect={onSeries} />
      </aside>
      <section className="workspace-viewer" aria-label={series ? `${series.modality} ${series.description}` : undefined}>
        <ViewerToolbar viewer={viewer} />
        <div className="viewport-frame">
          <div
            ref={ref}
            className="viewport"
            data-state={stack.status}
            data-index={current ? position : undefined}
            data-zoom={camera?.zoom}
            data-pan-x={camera?.pan[0]}
            data-pan-y={camera?.pan[1]}
            data-columns={instance?.columns}
            data-rows={instance?.rows}
          />
          <ViewportStatus stack={stack} instance={instance} />
        </div>
        <StackBar viewer={viewer} stack={stack} current={current} reduction={showReduced ? reduction : undefined} />
      </section>
      {series ? (
        <SidePanel
          panel={panel}
          onPanel={onPanel}
          viewer={viewer}
          series={series}
          image={image}
          category={category}
          onCategory={setCategory}
          scope={scope}
          onScope={setScope}
          reduction={reduction}
          showReduced={showReduced}
          onShowReduced={setShowReduced}
          findRequest={findRequest}
        />
      ) : null}
    </div>
  );
}
