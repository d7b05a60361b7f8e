import type { AssessmentPreview, IndexView, MaskCategory } from '../../../main/api/contract.js';
import { Icon } from '../common/Icon.js';
import { PROFILE_OPTIONS } from '../header/ProfileOptions.js';
import { useI18n } from '../i18n/I18nContext.js';
import { appliedCount, appliesToImage, imageContextOf, maskableInstances } from '../masks/maskTargets.js';
import { usePlan } from '../plan/PlanContext.js';
import { reductionOf, resolutionOfSeries } from '../resolution/outputSize.js';
import { cropFor } from '../workspace/useCropSync.js';
import { listSeries } from '../study/studyIndex.js';
import { seriesLabel } from '../study/seriesLabel.js';

/** Plainly, what the export will write and what it does to the data: the first thing the reviewer reads. */
export function ReleaseSummary({ index, preview, onShowSeries }: { readonly index: IndexView; readonly preview: AssessmentPreview | undefined; readonly onShowSeries: (uid: string) => void }) {
  const { t, number } = useI18n();
  const { plan } = usePlan();
  const entries = listSeries(index);
  const instances = entries.flatMap((e) => e.series.instances);
  const refused = instances.filter((i) => i.refusal);
  const exported = instances.length - refused.length;
  const studies = index.patients.reduce((n, p) => n + p.studies.length, 0);
  const undecided = preview?.risks.filter((r) => r.status === 'undecided').length ?? 0;
  const fields = plan.supplementary.fields;
  return (
    <section className="review-section summary" aria-labelledby="review-summary">
      <h2 id="review-summary">{t('app.summary.title')}</h2>
      <p className="summary-lead">
        {t('app.summary.lead', { n: exported, patients: index.patients.length, studies, series: entries.length })}
      </p>
      <ul className="summary-facts">
        <li>
          <Icon name="file" />
          {t('app.summary.files', { n: exported })}
        </li>
        <li>
          <Icon name="check" />
          {t(`app.summary.identifiers.${plan.identifiers.mode}`)}
        </li>
        <li>
          <Icon name="header" />
          {t('app.summary.manifest', {
            fields: fields.length > 0 ? fields.map((f) => t(`sheet.field.${f}`)).join(t('sheet.format.list')) : t('app.summary.noFields'),
          })}
        </li>
        <li className={refused.length > 0 ? 'summary-warn' : undefined}>
          <Icon name={refused.length > 0 ? 'warning' : 'check'} />
          {refused.length > 0 ? t('app.summary.refused', { n: refused.length }) : t('app.summary.noneRefused')}
        </li>
        <li className={undecided > 0 ? 'summary-warn' : undefined}>
          <Icon name={undecided > 0 ? 'warning' : 'check'} />
          {preview ? (undecided > 0 ? t('app.summary.undecided', { n: undecided }) : t('app.summary.allDecided')) : t('app.review.assessing')}
        </li>
      </ul>
      <h3>{t('app.summary.profileTitle')}</h3>
      <ul className="summary-profile">
        {PROFILE_OPTIONS.map((option) => (
          <li key={option}>
            <strong>{t(`sheet.identifiers.optionName.${option}`)}:</strong> {t(`sheet.identifiers.optionEffect.${option}.${plan.profile[option] ? 'on' : 'off'}`)}
          </li>
        ))}
        {plan.output.burnOverlays ? <li>{t('app.profile.burnOverlaysOn')}</li> : null}
      </ul>
      <h3>{t('app.summary.pixelsTitle')}</h3>
      <div className="table-scroll">
        <table className="summary-table">
          <thead>
            <tr>
              <th scope="col">{t('app.summary.series')}</th>
              <th scope="col">{t('app.summary.images')}</th>
              <th scope="col">{t('app.summary.masks')}</th>
              <th scope="col">{t('app.summary.resolution')}</th>
              <th scope="col">{t('app.summary.crop')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map(({ series }) => {
              const images = maskableInstances(series);
              const first = images[0];
              const context = first ? imageContextOf(series, first) : undefined;
              const masks = appliedCount(plan.masks, series);
              const regions = new Map<MaskCategory, number>();
              for (const m of plan.masks) {
                if (!images.some((i) => appliesToImage(m, imageContextOf(series, i)))) continue;
                for (const s of m.shapes) regions.set(s.category, (regions.get(s.category) ?? 0) + 1);
              }
              const reduction =
                first?.rows && first.columns ? reductionOf({ rows: first.rows, columns: first.columns }, resolutionOfSeries(plan, series.seriesInstanceUid)) : undefined;
              const crop = cropFor(plan.crop, context);
              return (
                <tr key={series.seriesInstanceUid}>
                  <td>
                    <button type="button" className="link-button" onClick={() => onShowSeries(series.seriesInstanceUid)}>
                      {seriesLabel(series)}
                    </button>
                  </td>
                  <td>{number(images.length)}</td>
                  <td>
                    {regions.size === 0
                      ? t('app.summary.noMasks')
                      : `${[...regions].map(([c, n]) => t('sheet.pixels.maskRegions', { category: t(`sheet.mask.${c}`), n })).join(t('sheet.format.list'))} · ${t('app.masks.appliedShort', { applied: number(masks.applied), total: number(masks.total) })}`}
                  </td>
                  <td>
                    {reduction
                      ? t('app.summary.reduced', { columns: reduction.before.columns, rows: reduction.before.rows, outColumns: reduction.after.columns, outRows: reduction.after.rows })
                      : t('app.summary.fullResolution')}
                  </td>
                  <td>{crop ? t('app.crop.short', { width: crop.width, height: crop.height, x: crop.x, y: crop.y }) : t('app.text.none')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {refused.length > 0 ? (
        <>
          <h3>{t('app.summary.refusedTitle')}</h3>
          <ul className="refused-list">
            {refused.map((i) => (
              <li key={i.sopInstanceUid}>
                <strong>{i.sopClass}</strong> – {t(`sheet.refusal.${i.refusal}`)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
