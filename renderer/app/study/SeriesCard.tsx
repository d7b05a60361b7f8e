import type { SeriesView } from '../../../main/api/contract.js';
import { Icon } from '../common/Icon.js';
import { useI18n } from '../i18n/I18nContext.js';
import { appliedCount } from '../masks/maskTargets.js';
import { usePlan } from '../plan/PlanContext.js';
import { setRareFinding } from '../plan/planCommands.js';
import { RiskFlagChips } from '../risk/RiskFlagChips.js';
import { SeriesThumbnail } from './SeriesThumbnail.js';

/** One series in the browser: its image, what it is, what the engine raised, and what the plan does to it. */
export function SeriesCard({ series, selected, onSelect }: { readonly series: SeriesView; readonly selected: boolean; readonly onSelect: (uid: string) => void }) {
  const { t, number } = useI18n();
  const { plan, execute } = usePlan();
  const uid = series.seriesInstanceUid;
  const frames = series.instances.reduce((n, i) => n + Math.max(1, i.frames), 0);
  const refused = series.instances.filter((i) => i.refusal);
  const masks = appliedCount(plan.masks, series);
  const rare = plan.assessment.rareFindings.some((r) => r.seriesInstanceUID === uid);
  const viewable = series.instances.some((i) => i.hasPixelData);
  return (
    <li className={selected ? 'series-card series-card-selected' : 'series-card'}>
      <button type="button" className="series-select" aria-current={selected ? 'true' : undefined} disabled={!viewable} onClick={() => onSelect(uid)}>
        <SeriesThumbnail series={series} />
        <span className="series-text">
          <span className="series-title">
            <span className="modality">{series.modality || t('app.text.none')}</span>
            {series.number !== undefined ? <span className="muted">#{series.number}</span> : null}
            <span className="series-description">{series.description || t('app.browser.noDescription')}</span>
          </span>
          <span className="muted">
            {t(viewable ? 'app.browser.images' : 'app.browser.objects', { n: series.instances.length })}
            {frames > series.instances.length ? ` · ${t('app.browser.frames', { n: frames, count: number(frames) })}` : ''}
            {series.bodyPart ? ` · ${series.bodyPart}` : ''}
          </span>
        </span>
      </button>
      <div className="series-facts">
        <RiskFlagChips flags={series.flags} />
        {refused.length > 0 ? (
          <span className="chip chip-refused" title={[...new Set(refused.map((r) => t(`sheet.refusal.${r.refusal}`)))].join('\n')}>
            <Icon name="warning" />
            {t('app.browser.refused', { n: refused.length })}
          </span>
        ) : null}
        {masks.applied > 0 ? (
          <span className="chip chip-mask">
            <Icon name="mask" />
            {t('app.masks.appliedShort', { applied: number(masks.applied), total: number(masks.total) })}
          </span>
        ) : null}
        <label className="check check-small" title={t('app.browser.rareHint')}>
          <input type="checkbox" checked={rare} onChange={(e) => execute(setRareFinding(uid, e.target.checked))} />
          {t('app.browser.rare')}
        </label>
      </div>
    </li>
  );
}
