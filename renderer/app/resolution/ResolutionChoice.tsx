import { useEffect, useState } from 'react';
import type { Resolution } from '../../../main/api/contract.js';
import { useI18n } from '../i18n/I18nContext.js';

const SCALES = [0.75, 0.5, 1 / 3, 0.25, 0.2, 0.1] as const;
const DEFAULT_MAX = 512;

type Kind = 'full' | 'scale' | 'max';

const kindOf = (value: Resolution | undefined): Kind => (!value ? 'full' : 'scale' in value ? (value.scale >= 1 ? 'full' : 'scale') : 'max');

/** Full resolution, a scale, or a largest side in pixels. The largest side is taken when the field is left. */
export function ResolutionChoice({ name, value, onChange }: { readonly name: string; readonly value: Resolution | undefined; readonly onChange: (value: Resolution | undefined) => void }) {
  const { t, number } = useI18n();
  const kind = kindOf(value);
  const scale = value && 'scale' in value && value.scale < 1 ? value.scale : 0.5;
  const max = value && 'maxDimension' in value ? value.maxDimension : DEFAULT_MAX;
  const [maxText, setMaxText] = useState(String(max));
  useEffect(() => setMaxText(String(max)), [max]);
  const commitMax = (): void => {
    const n = Number(maxText);
    if (Number.isInteger(n) && n >= 1) onChange({ maxDimension: n });
    else setMaxText(String(max));
  };
  return (
    <fieldset className="choice-group">
      <legend className="visually-hidden">{t('app.size.resolution')}</legend>
      <label className="radio-row">
        <input type="radio" name={name} checked={kind === 'full'} onChange={() => onChange(undefined)} />
        {t('app.size.full')}
      </label>
      <label className="radio-row">
        <input type="radio" name={name} checked={kind === 'scale'} onChange={() => onChange({ scale })} />
        {t('app.size.scale')}
        <select aria-label={t('app.size.scale')} value={String(scale)} onChange={(e) => onChange({ scale: Number(e.target.value) })}>
          {(SCALES.some((s) => Math.abs(s - scale) < 1e-9) ? SCALES : [...SCALES, scale]).map((s) => (
            <option key={s} value={String(s)}>
              {t('app.size.percent', { percent: number(s * 100, 0) })}
            </option>
          ))}
        </select>
      </label>
      <label className="radio-row">
        <input type="radio" name={name} checked={kind === 'max'} onChange={() => onChange({ maxDimension: max })} />
        {t('app.size.max')}
        <input
          type="number"
          className="input-number"
          min={1}
          step={1}
          aria-label={t('app.size.max')}
          value={maxText}
          onChange={(e) => setMaxText(e.target.value)}
          onBlur={commitMax}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commitMax();
          }}
        />
        {t('app.size.pixels')}
      </label>
    </fieldset>
  );
}
