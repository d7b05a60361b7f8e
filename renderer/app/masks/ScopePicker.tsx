import { useI18n } from '../i18n/I18nContext.js';
import { describeRule } from './describeRule.js';
import { MASK_SCOPES, targetFor, type ImageContext, type MaskScope } from './maskTargets.js';

/** Where a new mask applies. "This frame" is offered only for multi-frame images (otherwise it is the image). */
export function ScopePicker({ value, onChange, image }: { readonly value: MaskScope; readonly onChange: (scope: MaskScope) => void; readonly image: ImageContext | undefined }) {
  const { t } = useI18n();
  const scopes = MASK_SCOPES.filter((s) => s !== 'frame' || (image?.frames ?? 1) > 1);
  const rule = image ? targetFor('rule', image) : undefined;
  const chosen = value === 'frame' && !scopes.includes('frame') ? 'image' : value;
  return (
    <fieldset className="choice-group">
      <legend>{t('app.masks.scope')}</legend>
      {scopes.map((scope) => (
        <label key={scope} className="radio-row">
          <input type="radio" name="mask-scope" value={scope} checked={chosen === scope} onChange={() => onChange(scope)} />
          <span>
            {t(`app.masks.scopes.${scope}`)}
            {scope === 'rule' && rule && 'rule' in rule ? <span className="muted small"> {describeRule(rule.rule)}</span> : null}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
