// Peitto's Electron main process: one window, served from app://peitto, the engine in a utility process, and
// the IPC bridge that validates every call against the contract and its sender.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, shell, type IpcMainInvokeEvent } from 'electron';
import { CHANNELS, createTranslator, languageFrom, packageRoot, type Language } from '../main/index.js';
import { APP_ORIGIN, APP_URL, handleAppProtocol, registerAppScheme } from './appProtocol.js';
import { EngineClient, EngineError } from './engineClient.js';
import { hardenContents, hardenSession } from './hardenSession.js';
import { buildMenu, type MenuCommand } from './menu.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const CHANNEL_SET: ReadonlySet<string> = new Set(CHANNELS);

app.enableSandbox();
registerAppScheme();
if (!app.requestSingleInstanceLock()) app.quit();

let window: BrowserWindow | undefined;
let language: Language = languageFrom(undefined, { LANG: app.getLocale() });

/** Channels the main process answers itself: they need native UI the utility process does not have. */
const mainHandlers: Partial<Record<string, (request: unknown) => Promise<unknown>>> = {
  'dialog.chooseInputs': async (request) => {
    const kind = (request as { kind: 'folder' | 'files' }).kind;
    const result = await dialog.showOpenDialog(window!, { properties: kind === 'folder' ? ['openDirectory', 'multiSelections'] : ['openFile', 'multiSelections'] });
    return result.canceled ? [] : result.filePaths;
  },
  'dialog.chooseOutputFolder': async () => {
    const result = await dialog.showOpenDialog(window!, { properties: ['openDirectory', 'createDirectory', 'promptToCreate'] });
    return result.canceled ? null : (result.filePaths[0] ?? null);
  },
  'dialog.choosePlanFile': async (request) => {
    const filters = [{ name: 'Peitto plan', extensions: ['json'] }];
    if ((request as { mode: 'open' | 'save' }).mode === 'open') {
      const result = await dialog.showOpenDialog(window!, { properties: ['openFile'], filters });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    }
    const result = await dialog.showSaveDialog(window!, { filters });
    return result.canceled ? null : (result.filePath ?? null);
  },
  'export.reveal': async (request) => {
    const error = await shell.openPath((request as { path: string }).path);
    if (error) throw new EngineError('failed', error);
  },
  'app.setLanguage': async (request) => {
    language = (request as { language: Language }).language;
    Menu.setApplicationMenu(buildMenu(createTranslator(language), runCommand));
    return engine.invoke('app.setLanguage', request);
  },
};

/** Only the app's own page may call the engine: a frame from anywhere else is refused. */
function trustedSender(event: IpcMainInvokeEvent): boolean {
  return event.senderFrame?.url.startsWith(`${APP_ORIGIN}/`) === true && event.sender === window?.webContents;
}

function registerIpc(): void {
  ipcMain.handle('peitto:invoke', async (event, channel: unknown, request: unknown) => {
    if (!trustedSender(event)) return { error: { code: 'forbidden', message: 'untrusted sender' } };
    if (typeof channel !== 'string' || !CHANNEL_SET.has(channel)) return { error: { code: 'unknown-channel', message: String(channel) } };
    try {
      const own = mainHandlers[channel];
      return { result: (await (own ? own(request) : engine.invoke(channel, request))) ?? null };
    } catch (error) {
      return { error: { code: error instanceof EngineError ? error.code : 'failed', message: (error as Error).message } };
    }
  });
}

function runCommand(command: MenuCommand): void {
  window?.webContents.send('peitto:event', { event: 'menu.command', payload: command });
}

function createWindow(): void {
  window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 1280,
    minHeight: 720,
    backgroundColor: '#121417',
    show: false,
    title: 'Peitto',
    webPreferences: {
      preload: join(here, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      spellcheck: false,
      // Middle-click would open links in new windows (denied anyway, but not even attempted).
      disableBlinkFeatures: 'Auxclick',
      additionalArguments: [`--peitto-channels=${CHANNELS.join(',')}`],
    },
  });
  hardenContents(window.webContents);
  window.once('ready-to-show', () => window?.show());
  void window.loadURL(APP_URL);
}

await app.whenReady();
hardenSession();
const dataDir = join(app.getPath('userData'), 'data');
const engine = new EngineClient(join(here, 'engineProcess.js'), { PEITTO_DATA_DIR: dataDir, PEITTO_LANGUAGE: language }, (event, payload) =>
  window?.webContents.send('peitto:event', { event, payload }),
);
handleAppProtocol(join(packageRoot(), 'dist', 'renderer'), (fileId) => engine.filePath(fileId));
registerIpc();
Menu.setApplicationMenu(buildMenu(createTranslator(language), runCommand));
createWindow();
app.on('second-instance', () => window?.focus());
app.on('window-all-closed', () => {
  engine.stop();
  app.quit();
});
