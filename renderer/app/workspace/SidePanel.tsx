import type { MaskCategory, SeriesView } from '../../../main/api/contract.js';
import type { Viewer } from '../../viewer/index.js';
import { Icon, type IconName } from '../common/Icon.js';
import { HeaderPanel } from '../header/HeaderPanel.js';
import { useI18n } from '../i18n/I18nContext.js';
import { MaskPanel } from '../masks/MaskPanel.js';
import type { ImageContext, MaskScope } from '../masks/maskTargets.js';
import type { Reduction } from '../resolution/outputSize.js';
import { SizePanel } from '../resolution/SizePanel.js';
import { useShortcutHint } from '../shortcuts/useShortcutHint.js';

export type SidePanelId = 'masks' | 'size' | 'header';

const TABS: readonly { id: SidePanelId; icon: IconName; shortcut: string }[] = [
  { id: 'masks', icon: 'mask', shortcut: 'panelMasks' },
  { id: 'size', icon: 'resolution', shortcut: 'panelSize' },
  { id: 'header', icon: 'header', shortcut: 'panelHeader' },
];

export interface SidePanelProps {
  readonly panel: SidePanelId;
  readonly onPanel: (panel: SidePanelId) => void;
  readonly viewer: Viewer | undefined;
  readonly series: SeriesView;
  readonly image: ImageContext | undefined;
  readonly category: MaskCategory;
  readonly onCategory: (category: MaskCategory) => void;
  readonly scope: MaskScope;
  readonly onScope: (scope: MaskScope) => void;
  readonly reduction: Reduction | undefined;
  readonly showReduced: boolean;
  readonly onShowReduced: (show: boolean) => void;
  readonly findRequest: number;
}

/** Beside the image: masks, size and crop, and the header with what the profile does to it. */
export function SidePanel(props: SidePanelProps) {
  const { t } = useI18n();
  const hint = useShortcutHint();
  const { panel, onPanel } = props;
  return (
    <aside className="side-panel">
      <div className="tabs" role="tablist" aria-label={t('app.panel.label')}>
        {TABS.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            aria-selected={panel === tab.id}
            aria-controls={`panel-${tab.id}`}
            tabIndex={panel === tab.id ? 0 : -1}
            className="tab"
            title={hint(t(`app.panel.${tab.id}`), tab.shortcut)}
            onClick={() => onPanel(tab.id)}
          >
            <Icon name={tab.icon} />
            {t(`app.panel.${tab.id}`)}
          </button>
        ))}
      </div>
      <div className="tab-panel" role="tabpanel" id={`panel-${panel}`} aria-labelledby={`tab-${panel}`}>
        {panel === 'masks' ? (
          <MaskPanel
            viewer={props.viewer}
            series={props.series}
            image={props.image}
            category={props.category}
            onCategory={props.onCategory}
            scope={props.scope}
            onScope={props.onScope}
          />
        ) : null}
        {panel === 'size' ? (
          <SizePanel viewer={props.viewer} series={props.series} image={props.image} reduction={props.reduction} showReduced={props.showReduced} onShowReduced={props.onShowReduced} />
        ) : null}
        {panel === 'header' ? <HeaderPanel image={props.image} findRequest={props.findRequest} /> : null}
      </div>
    </aside>
  );
}
