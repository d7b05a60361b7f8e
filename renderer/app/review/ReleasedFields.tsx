import type { IndexView, Plan } from '../../../main/api/contract.js';
import { useI18n } from '../i18n/I18nContext.js';
import { usePlan } from '../plan/PlanContext.js';
import { setAgeBandWidth, setFieldJustification, setFindingClass, setReleasedField } from '../plan/planCommands.js';
import { listSeries } from '../study/studyIndex.js';
import { seriesLabel } from '../study/seriesLabel.js';

type Field = Plan['supplementary']['fields'][number];

/** Every general field the engine can release, in the manifest's order (the check below keeps it complete). */
const FIELDS = ['ageBand', 'sex', 'modality', 'bodyPart', 'findingClass'] as const satisfies readonly Field[];
type Missing = Exclude<Field, (typeof FIELDS)[number]>;
const complete: [Missing] extends [never] ? true : Missing = true;
void complete;

const FINDING_CLASS_MAX = 64;

/** The general fields manifest.csv releases beside each object, why each is needed, and the finding classes. */
export function ReleasedFields({ index }: { readonly index: IndexView }) {
  const { t } = useI18n();
  const { plan, execute } = usePlan();
  const released = plan.supplementary.fields;
  const classes = new Map((plan.supplementary.findingClasses ?? []).map((c) => [c.seriesInstanceUID, c.findingClass]));
  return (
    <section className="review-section" aria-labelledby="review-fields">
      <h2 id="review-fields">{t('sheet.data.supplementary')}</h2>
      <p className="muted">{t('app.fields.lead')}</p>
      <ul className="field-list">
        {FIELDS.map((field) => {
          const on = released.includes(field);
          return (
            <li key={field} className="field-row">
              <label className="check">
                <input type="checkbox" checked={on} onChange={(e) => execute(setReleasedField(field, e.target.checked))} />
                {t(`sheet.field.${field}`)}
              </label>
              {field === 'ageBand' && on ? (
                <label className="inline-field">
                  {t('app.fields.bandWidth')}
                  <select value={plan.supplementary.ageBandWidth} onChange={(e) => execute(setAgeBandWidth(Number(e.target.value)))}>
                    {[...new Set([5, 10, 15, 20, 25, 30, 40, 50, plan.supplementary.ageBandWidth])]
                      .sort((a, b) => a - b)
                      .map((w) => (
                        <option key={w} value={w}>
                          {t('app.fields.years', { n: w })}
                        </option>
                      ))}
                  </select>
                </label>
              ) : null}
              {on ? (
                <input
                  type="text"
                  className="justification-input"
                  aria-label={t('app.fields.justification', { field: t(`sheet.field.${field}`) })}
                  placeholder={t('app.fields.justificationPlaceholder')}
                  value={plan.assessment.fieldJustifications[field] ?? ''}
                  onChange={(e) => execute(setFieldJustification(field, e.target.value))}
                />
              ) : null}
            </li>
          );
        })}
      </ul>
      {released.includes('findingClass') ? (
        <div className="finding-classes">
          <h3>{t('app.fields.findingClassTitle')}</h3>
          <p className="muted small">{t('app.fields.findingClassLead')}</p>
          {listSeries(index).map(({ series }) => (
            <label key={series.seriesInstanceUid} className="finding-class-row">
              <span>{seriesLabel(series)}</span>
              <input
                type="text"
                maxLength={FINDING_CLASS_MAX}
                placeholder={t('app.fields.findingClassPlaceholder')}
                value={classes.get(series.seriesInstanceUid) ?? ''}
                onChange={(e) => execute(setFindingClass(series.seriesInstanceUid, e.target.value))}
              />
            </label>
          ))}
        </div>
      ) : null}
    </section>
  );
}
