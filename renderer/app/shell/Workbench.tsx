import { useCallback, useEffect, useState } from 'react';
import type { Plan } from '../../../main/api/contract.js';
import type { Viewer } from '../../viewer/index.js';
import { NoticeBar } from '../common/NoticeBar.js';
import { useNotice } from '../common/useNotice.js';
import { useHost } from '../host/HostContext.js';
import { PlanProvider } from '../plan/PlanContext.js';
import { PlanPathDialog } from '../plan/PlanPathDialog.js';
import { usePlanAutosave } from '../plan/usePlanAutosave.js';
import { usePlanFiles } from '../plan/usePlanFiles.js';
import { usePlanHistory } from '../plan/usePlanHistory.js';
import { ReviewScreen } from '../review/ReviewScreen.js';
import { HelpSheet } from '../shortcuts/HelpSheet.js';
import type { AppAction, Shortcut } from '../shortcuts/shortcutTable.js';
import { useShortcuts } from '../shortcuts/useShortcuts.js';
import { DropOverlay } from '../start/DropOverlay.js';
import { StartScreen } from '../start/StartScreen.js';
import { useFileDrop } from '../start/useFileDrop.js';
import { firstViewableSeries, neighbourSeries } from '../study/studyIndex.js';
import { useIndexSession } from '../study/useIndexSession.js';
import type { SidePanelId } from '../workspace/SidePanel.js';
import { ImageWorkspace } from '../workspace/ImageWorkspace.js';
import { ForeignPlanNotice } from './ForeignPlanNotice.js';
import { TopBar, type Screen } from './TopBar.js';
import { useMenuCommands } from './useMenuCommands.js';

/**
 * The workbench: the three steps (open, images, review and export) over one plan with its history, the
 * keyboard, plan files and drag and drop. State lives in hooks here and reaches the steps as props.
 */
export function Workbench({ initialPlan, restored }: { readonly initialPlan: Plan; readonly restored: boolean }) {
  const { api } = useHost();
  const planState = usePlanHistory(initialPlan);
  const autosave = usePlanAutosave(api, planState.plan);
  const session = useIndexSession(api);
  const [notice, setNotice] = useNotice();
  const planFiles = usePlanFiles(planState, setNotice);
  const [screen, setScreen] = useState<Screen>('start');
  const [seriesUid, setSeriesUid] = useState<string>();
  const [panel, setPanel] = useState<SidePanelId>('masks');
  const [viewer, setViewer] = useState<Viewer>();
  const [help, setHelp] = useState(false);
  const [findRequest, setFindRequest] = useState(0);
  const drop = useFileDrop(session.open, setNotice);
  const index = session.opened?.index;

  useEffect(() => {
    if (!session.opened) return;
    setSeriesUid(firstViewableSeries(session.opened.index)?.series.seriesInstanceUid);
    setScreen('images');
  }, [session.opened]);

  const runAction = useCallback(
    (action: AppAction): boolean => {
      switch (action) {
        case 'undo':
          planState.undo();
          return true;
        case 'redo':
          planState.redo();
          return true;
        case 'help':
          setHelp((h) => !h);
          return true;
        case 'openInputs':
          setScreen('start');
          return true;
        case 'savePlan':
          planFiles.save();
          return true;
        case 'loadPlan':
          planFiles.load();
          return true;
        default:
          break;
      }
      if (!index) return false;
      switch (action) {
        case 'images':
          setScreen('images');
          return true;
        case 'review':
          setScreen('review');
          return true;
        case 'nextSeries':
        case 'previousSeries':
          setSeriesUid((uid) => neighbourSeries(index, uid, action === 'nextSeries' ? 1 : -1)?.series.seriesInstanceUid ?? uid);
          setScreen('images');
          return true;
        case 'panelMasks':
        case 'panelSize':
        case 'panelHeader':
          setPanel(action === 'panelMasks' ? 'masks' : action === 'panelSize' ? 'size' : 'header');
          setScreen('images');
          return true;
        case 'findAttribute':
          setPanel('header');
          setScreen('images');
          setFindRequest((n) => n + 1);
          return true;
        default:
          return false;
      }
    },
    [planState, planFiles, index],
  );

  useMenuCommands({
    open: session.open,
    openDemo: session.openDemo,
    savePlan: planFiles.save,
    loadPlan: planFiles.load,
    review: () => runAction('review'),
    help: () => setHelp(true),
    failed: (error) => setNotice({ kind: 'error', titleKey: 'app.error.dialog', error }),
  });

  useShortcuts((shortcut: Shortcut, keyIndex: number) => {
    const command = shortcut.command;
    if (command.type === 'app') return runAction(command.action);
    if (screen !== 'images' || !viewer) return false;
    if (command.type === 'tool') viewer.setTool(command.tool);
    else if (command.type === 'voiPreset') viewer.execute({ type: 'applyVoiPreset', index: keyIndex });
    else viewer.execute(command.command);
    return true;
  });

  return (
    <PlanProvider state={planState}>
      <div className="app" {...drop.handlers}>
        <TopBar
          screen={screen}
          onScreen={setScreen}
          opened={session.opened}
          autosave={autosave}
          onSavePlan={planFiles.save}
          onLoadPlan={planFiles.load}
          onHelp={() => setHelp(true)}
        />
        {index ? <ForeignPlanNotice index={index} restored={restored} /> : null}
        <main className="app-main">
          {screen === 'start' || !index ? (
            <StartScreen session={session} />
          ) : screen === 'images' ? (
            <ImageWorkspace
              index={index}
              seriesUid={seriesUid}
              onSeries={setSeriesUid}
              panel={panel}
              onPanel={setPanel}
              onViewer={setViewer}
              findRequest={findRequest}
            />
          ) : (
            <ReviewScreen index={index} onShowSeries={(uid) => {
              setSeriesUid(uid);
              setScreen('images');
            }} />
          )}
        </main>
        <NoticeBar notice={notice} onDismiss={() => setNotice(undefined)} />
        {drop.dragging ? <DropOverlay /> : null}
        {help ? <HelpSheet onClose={() => setHelp(false)} /> : null}
        {planFiles.asking ? <PlanPathDialog mode={planFiles.asking} onSubmit={planFiles.submitPath} onCancel={planFiles.cancelPath} /> : null}
      </div>
    </PlanProvider>
  );
}
