import { useState } from 'react';
import type { SmallNumbersSection } from '../../../main/api/contract.js';
import { useI18n } from '../i18n/I18nContext.js';
import { usePlan } from '../plan/PlanContext.js';
import { applyGeneralisation, setAgeBandWidth, setReleasedField, setSmallestGroup, setSmallNumbersOverride } from '../plan/planCommands.js';

/**
 * Small numbers: every combination of released general fields must cover at least k persons. Without an
 * override the export generalises on its own (the engine says how: `applied`); the panel says so plainly, offers
 * that and the engine's other suggestions as one click each, or an override with its justification.
 */
export function SmallNumbersPanel({ section }: { readonly section: SmallNumbersSection }) {
  const { t, number } = useI18n();
  const { plan, execute } = usePlan();
  const [justification, setJustification] = useState('');
  const [kText, setKText] = useState<string>();
  const violated = section.violations > 0;
  const fieldName = (f: string): string => t(`sheet.field.${f}`);
  const commitK = (): void => {
    if (kText !== undefined) execute(setSmallestGroup(Number(kText)));
    setKText(undefined);
  };
  return (
    <section className="review-section" aria-labelledby="review-small" id="small-numbers">
      <h2 id="review-small">{t('sheet.section.smallNumbers')}</h2>
      <p className="muted">{t('sheet.smallNumbers.lead')}</p>
      <dl className="facts facts-wide">
        <dt>{t('sheet.smallNumbers.k')}</dt>
        <dd>
          <input
            type="number"
            className="input-number"
            min={2}
            max={100}
            aria-label={t('sheet.smallNumbers.k')}
            value={kText ?? String(plan.assessment.k)}
            onChange={(e) => setKText(e.target.value)}
            onBlur={commitK}
            onKeyDown={(e) => {
              if (e.key === 'Enter') commitK();
            }}
          />
        </dd>
        <dt>{t('sheet.smallNumbers.fields')}</dt>
        <dd>{section.fields.length > 0 ? section.fields.map(fieldName).join(t('sheet.format.list')) : t('sheet.smallNumbers.noFields')}</dd>
        <dt>{t('sheet.smallNumbers.groups')}</dt>
        <dd>{number(section.groups)}</dd>
        <dt>{t('sheet.smallNumbers.violations')}</dt>
        <dd className={violated ? 'status-bad' : 'status-good'} data-violations={section.violations}>
          {number(section.violations)}
        </dd>
      </dl>
      {section.smallest.length > 0 ? (
        <div className="table-scroll">
          <table className="summary-table">
            <caption>{t('sheet.smallNumbers.smallest')}</caption>
            <thead>
              <tr>
                {section.fields.map((f) => (
                  <th key={f} scope="col">
                    {fieldName(f)}
                  </th>
                ))}
                <th scope="col">{t('sheet.smallNumbers.persons')}</th>
              </tr>
            </thead>
            <tbody>
              {section.smallest.map((group) => (
                <tr key={JSON.stringify(group.values)}>
                  {section.fields.map((f) => (
                    <td key={f}>{group.values[f] ?? t('app.text.none')}</td>
                  ))}
                  <td className={group.persons < section.k ? 'status-bad' : undefined}>
                    {group.persons < section.k ? t('sheet.smallNumbers.belowK', { n: number(group.persons) }) : number(group.persons)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {!violated ? <p className="status-line status-good">{t('sheet.smallNumbers.allReach', { k: section.k })}</p> : null}
      {violated && !section.override && section.applied ? (
        <div className="notice notice-warning" role="status" data-applied="true">
          <div className="notice-body">
            <strong>{t('app.small.willApply')}</strong>
            <p>
              {section.applied.ageBandWidth !== undefined
                ? t('app.small.willWiden', { width: section.applied.ageBandWidth, k: section.k })
                : t('app.small.willWithhold', { fields: section.applied.withheldFields.map(fieldName).join(t('sheet.format.list')), k: section.k })}
            </p>
            <button type="button" className="button" onClick={() => section.applied && execute(applyGeneralisation(section.applied))}>
              {t('app.small.adopt')}
            </button>
          </div>
        </div>
      ) : null}
      {violated && section.suggestions.length > 0 ? (
        <div className="stack">
          <h3>{t('sheet.smallNumbers.suggestions')}</h3>
          <div className="row wrap">
            {section.suggestions.map((s) => (
              <button
                key={JSON.stringify(s)}
                type="button"
                className="button"
                onClick={() => execute(s.action === 'widen-age-band' ? setAgeBandWidth(s.width) : setReleasedField(s.field, false))}
              >
                {s.action === 'widen-age-band' ? t('sheet.smallNumbers.widenAgeBand', { width: s.width }) : t('sheet.smallNumbers.dropField', { field: fieldName(s.field) })}
              </button>
            ))}
          </div>
        </div>
      ) : null}
      {violated && section.suggestions.length === 0 ? <p className="muted">{t('app.small.noSuggestion')}</p> : null}
      {section.override ? (
        <div className="override">
          <p>
            {t('app.text.labelled', { label: t('sheet.smallNumbers.override'), value: t('app.text.quoted', { text: section.override.justification }) })}
          </p>
          <button type="button" className="link-button" onClick={() => execute(setSmallNumbersOverride(undefined))}>
            {t('app.small.withdraw')}
          </button>
        </div>
      ) : violated ? (
        <form
          className="stack override-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (!justification.trim()) return;
            execute(setSmallNumbersOverride(justification));
            setJustification('');
          }}
        >
          <h3>{t('app.small.overrideTitle')}</h3>
          <label className="field">
            <span>{t('app.small.overrideLabel')}</span>
            <textarea name="override" rows={2} value={justification} placeholder={t('app.small.overridePlaceholder')} onChange={(e) => setJustification(e.target.value)} />
          </label>
          <div className="row">
            <button type="submit" className="button" disabled={!justification.trim()}>
              {t('app.small.record')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
