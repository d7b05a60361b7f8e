import { Icon } from '../common/Icon.js';
import { useHost } from '../host/HostContext.js';
import { useI18n } from '../i18n/I18nContext.js';

export function DropOverlay() {
  const { t } = useI18n();
  const { pathForFile } = useHost();
  return (
    <div className="drop-overlay" aria-hidden="true">
      <div className="drop-card">
        <Icon name="folder" />
        <p>{t(pathForFile ? 'app.drop.release' : 'app.drop.noPathsShort')}</p>
      </div>
    </div>
  );
}
