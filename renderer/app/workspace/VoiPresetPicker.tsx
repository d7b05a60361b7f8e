import type { Viewer } from '../../viewer/index.js';
import { useViewerState } from '../../viewer/react/useViewerState.js';
import { useI18n } from '../i18n/I18nContext.js';
import { useShortcutHint } from '../shortcuts/useShortcutHint.js';

const OWN = '';

/** The modality's window presets (keys 1–9 in this order) and the image's own window (0). */
export function VoiPresetPicker({ viewer }: { readonly viewer: Viewer | undefined }) {
  const { t, number } = useI18n();
  const hint = useShortcutHint();
  const presets = useViewerState(viewer, ['imagechange', 'stackchange'], (v) => v.getVoiPresets()) ?? [];
  const voi = useViewerState(viewer, ['voichange', 'imagechange'], (v) => v.getVoi());
  const active = voi ? presets.find((p) => Math.abs(p.center - voi.center) < 0.5 && Math.abs(p.width - voi.width) < 0.5) : undefined;
  return (
    <label className="voi-picker" title={hint(t('app.viewer.window'), 'voiPreset')}>
      <span className="voi-label">{t('app.viewer.window')}</span>
      <select
        value={active?.id ?? OWN}
        disabled={!voi}
        onChange={(e) => {
          if (e.target.value === OWN) viewer?.resetVoi();
          else viewer?.applyVoiPreset(e.target.value);
        }}
      >
        <option value={OWN}>{active || !voi ? t('app.voi.own') : t('app.voi.custom', { width: number(voi.width, 0), center: number(voi.center, 0) })}</option>
        {presets.map((p, i) => (
          <option key={p.id} value={p.id}>
            {`${i + 1} · ${t(`app.voi.${p.id}`)}`}
          </option>
        ))}
      </select>
    </label>
  );
}
