import type { Plan } from '../../../main/api/contract.js';
import { useI18n } from '../i18n/I18nContext.js';
import { usePlan } from '../plan/PlanContext.js';
import { setBurnOverlays, setProfileOption } from '../plan/planCommands.js';

export const PROFILE_OPTIONS: readonly (keyof Plan['profile'])[] = [
  'cleanDescriptors',
  'cleanStructuredContent',
  'cleanGraphics',
  'retainSafePrivate',
  'retainDeviceIdentity',
  'retainInstitutionIdentity',
];

/** The PS3.15 profile options; the table beside shows their effect on this object at once. */
export function ProfileOptions() {
  const { t } = useI18n();
  const { plan, execute } = usePlan();
  return (
    <details className="profile-options">
      <summary>{t('app.profile.title')}</summary>
      <ul className="check-list">
        {PROFILE_OPTIONS.map((option) => (
          <li key={option}>
            <label className="check" title={t(`sheet.identifiers.optionEffect.${option}.${plan.profile[option] ? 'on' : 'off'}`)}>
              <input type="checkbox" checked={plan.profile[option]} onChange={(e) => execute(setProfileOption(option, e.target.checked))} />
              {t(`sheet.identifiers.optionName.${option}`)}
            </label>
          </li>
        ))}
        <li>
          <label className="check" title={t('app.profile.burnOverlaysHint')}>
            <input type="checkbox" checked={plan.output.burnOverlays} onChange={(e) => execute(setBurnOverlays(e.target.checked))} />
            {t('app.profile.burnOverlays')}
          </label>
        </li>
      </ul>
    </details>
  );
}
