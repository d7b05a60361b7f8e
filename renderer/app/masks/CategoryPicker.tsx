import type { MaskCategory } from '../../../main/api/contract.js';
import { DEFAULT_MASK_COLOURS, MASK_CATEGORIES } from '../../viewer/index.js';
import { useI18n } from '../i18n/I18nContext.js';

/** What a new mask hides; the assessment counts masks by category. Colours are the viewer's outlines. */
export function CategoryPicker({ value, onChange }: { readonly value: MaskCategory; readonly onChange: (category: MaskCategory) => void }) {
  const { t } = useI18n();
  return (
    <fieldset className="choice-group">
      <legend>{t('app.masks.category')}</legend>
      <div className="chip-choices">
        {MASK_CATEGORIES.map((category) => (
          <label key={category} className="chip-choice">
            <input type="radio" name="mask-category" value={category} checked={value === category} onChange={() => onChange(category)} />
            <span className="swatch" style={{ backgroundColor: DEFAULT_MASK_COLOURS[category] }} />
            {t(`sheet.mask.${category}`)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
