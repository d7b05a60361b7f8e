import type { Resolution, SeriesView } from '../../../main/api/contract.js';
import type { Viewer } from '../../viewer/index.js';
import { useI18n } from '../i18n/I18nContext.js';
import type { ImageContext } from '../masks/maskTargets.js';
import { usePlan } from '../plan/PlanContext.js';
import { setExportResolution, setSeriesResolution } from '../plan/planCommands.js';
import { CropControls } from './CropControls.js';
import { hasOwnResolution, type Reduction } from './outputSize.js';
import { ReductionSummary } from './ReductionSummary.js';
import { ResolutionChoice } from './ResolutionChoice.js';

export interface SizePanelProps {
  readonly viewer: Viewer | undefined;
  readonly series: SeriesView;
  readonly image: ImageContext | undefined;
  readonly reduction: Reduction | undefined;
  readonly showReduced: boolean;
  readonly onShowReduced: (show: boolean) => void;
}

/** Resolution for the export and per series, seen live on the image, and the series' crop. */
export function SizePanel({ viewer, series, image, reduction, showReduced, onShowReduced }: SizePanelProps) {
  const { t } = useI18n();
  const { plan, execute } = usePlan();
  const uid = series.seriesInstanceUid;
  const r = plan.resolution;
  const exportResolution: Resolution | undefined = r ? ('scale' in r ? (r.scale < 1 ? { scale: r.scale } : undefined) : { maxDimension: r.maxDimension }) : undefined;
  const own = r?.series?.find((s) => s.seriesInstanceUID === uid);
  const ownResolution: Resolution | undefined = own ? ('scale' in own ? (own.scale < 1 ? { scale: own.scale } : undefined) : { maxDimension: own.maxDimension }) : undefined;
  const separate = hasOwnResolution(plan, uid);
  return (
    <div className="panel-stack">
      <section className="panel-section" aria-labelledby="size-export">
        <h3 id="size-export">{t('app.size.exportTitle')}</h3>
        <ResolutionChoice name="resolution-export" value={exportResolution} onChange={(value) => execute(setExportResolution(value))} />
      </section>
      <section className="panel-section" aria-labelledby="size-series">
        <h3 id="size-series">{t('app.size.seriesTitle')}</h3>
        <label className="radio-row">
          <input type="radio" name="resolution-own" checked={!separate} onChange={() => execute(setSeriesResolution(uid, undefined))} />
          {t('app.size.sameAsExport')}
        </label>
        <label className="radio-row">
          <input type="radio" name="resolution-own" checked={separate} onChange={() => execute(setSeriesResolution(uid, exportResolution ?? { scale: 1 }))} />
          {t('app.size.ownForSeries')}
        </label>
        {separate ? <ResolutionChoice name="resolution-series" value={ownResolution} onChange={(value) => execute(setSeriesResolution(uid, value ?? { scale: 1 }))} /> : null}
      </section>
      <ReductionSummary series={series} image={image} reduction={reduction} />
      <label className="check">
        <input type="checkbox" checked={showReduced} onChange={(e) => onShowReduced(e.target.checked)} />
        {t('app.size.showResult')}
      </label>
      <CropControls viewer={viewer} series={series} image={image} />
    </div>
  );
}
