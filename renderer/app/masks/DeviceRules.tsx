import { useState } from 'react';
import type { MaskPlan } from '../../../main/api/contract.js';
import { ErrorNotice } from '../common/ErrorNotice.js';
import { useI18n } from '../i18n/I18nContext.js';
import { usePlan } from '../plan/PlanContext.js';
import { addMaskEntries } from '../plan/planCommands.js';
import { describeRule } from './describeRule.js';
import { deviceMatches } from './deviceMatches.js';
import { targetFor, visibleMasks, type ImageContext } from './maskTargets.js';
import { useMaskRules } from './useMaskRules.js';

const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Device rules: regions known to carry burned-in text on images of one kind of device (shipped, or saved here).
 * Those that match the image on display can be added to the plan; the masks on display can be saved as one.
 */
export function DeviceRules({ image }: { readonly image: ImageContext | undefined }) {
  const { t } = useI18n();
  const { plan, execute } = usePlan();
  const { rules, error, save } = useMaskRules();
  const [name, setName] = useState('');
  const [saveError, setSaveError] = useState<unknown>();
  const [saved, setSaved] = useState<string>();
  if (!image) return null;
  const matching = (rules ?? []).filter((r) => deviceMatches(r.rule, image.device));
  const inPlan = (planned: MaskPlan): boolean => plan.masks.some((m) => sameJson(m, planned));
  const here = visibleMasks(plan.masks, image).map((m) => m.mask.shapes[m.shape]!);
  const target = targetFor('rule', image);
  const rule = 'rule' in target ? target.rule : undefined;

  return (
    <section className="panel-section" aria-labelledby="masks-rules">
      <h3 id="masks-rules">{t('app.rules.title')}</h3>
      {error ? <ErrorNotice titleKey="app.error.rules" error={error} /> : null}
      {rules && matching.length === 0 ? <p className="muted">{t('app.rules.noneMatch')}</p> : null}
      <ul className="rule-list">
        {matching.map((entry) => {
          const planned: MaskPlan = { rule: entry.rule, shapes: entry.shapes };
          const applied = inPlan(planned);
          return (
            <li key={entry.id} className="rule-item">
              <div>
                <strong>{entry.origin === 'saved' ? entry.id.replace(/^saved:/, '') : entry.id}</strong>
                <span className="muted small">
                  {' '}
                  {describeRule(entry.rule)} · {t('app.rules.regions', { n: entry.shapes.length })}
                </span>
                <p className="muted small" title={entry.source}>
                  {t(entry.origin === 'saved' ? 'app.rules.saved' : 'app.rules.library', { source: entry.source })}
                </p>
              </div>
              <button type="button" className="button" disabled={applied} onClick={() => execute(addMaskEntries([planned], 'app.history.applyRule'))}>
                {t(applied ? 'app.rules.applied' : 'app.rules.apply')}
              </button>
            </li>
          );
        })}
      </ul>
      <form
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          if (!rule || here.length === 0 || !name.trim()) return;
          setSaveError(undefined);
          save(rule, here, name.trim()).then(
            (entry) => {
              setSaved(entry.id);
              setName('');
            },
            setSaveError,
          );
        }}
      >
        <label className="field">
          <span>{t('app.rules.saveLabel', { rule: rule ? describeRule(rule) : '' })}</span>
          <input type="text" value={name} placeholder={t('app.rules.namePlaceholder')} onChange={(e) => setName(e.target.value)} />
        </label>
        <button type="submit" className="button" disabled={!rule || here.length === 0 || !name.trim()}>
          {t('app.rules.save', { n: here.length })}
        </button>
        {saved ? <p className="muted small" role="status">{t('app.rules.savedAs', { name: saved.replace(/^saved:/, '') })}</p> : null}
        {saveError ? <ErrorNotice titleKey="app.error.ruleSave" error={saveError} onDismiss={() => setSaveError(undefined)} /> : null}
      </form>
    </section>
  );
}
