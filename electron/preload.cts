// The preload: the renderer's only bridge to Node. It exposes window.peitto with one named method per contract
// channel (the list comes from the main process in the window's arguments), an event subscription, and the path
// of a dropped file. Nothing else of ipcRenderer reaches the page; unknown channels never leave it.
import electron = require('electron');

const { contextBridge, ipcRenderer, webUtils } = electron;

const flag = '--peitto-channels=';
const channels = (process.argv.find((a) => a.startsWith(flag)) ?? flag).slice(flag.length).split(',').filter(Boolean);
const methodName = (channel: string): string => channel.replace(/\.(\w)/, (_: string, c: string) => c.toUpperCase());

const api: Record<string, unknown> = {};
for (const channel of channels) {
  api[methodName(channel)] = (request: unknown) => ipcRenderer.invoke('peitto:invoke', channel, request).then(unwrap);
}

function unwrap(reply: { result?: unknown; error?: { code: string; message: string } }): unknown {
  if (reply.error) {
    const error = new Error(reply.error.message) as Error & { code: string };
    error.code = reply.error.code;
    throw error;
  }
  return reply.result;
}

api.on = (event: string, listener: (payload: unknown) => void): (() => void) => {
  const handler = (_: unknown, message: { event: string; payload: unknown }): void => {
    if (message.event === event) listener(message.payload);
  };
  ipcRenderer.on('peitto:event', handler);
  return () => ipcRenderer.removeListener('peitto:event', handler);
};
api.pathForFile = (file: File): string => webUtils.getPathForFile(file);

contextBridge.exposeInMainWorld('peitto', api);
