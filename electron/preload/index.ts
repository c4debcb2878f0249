// The preload exposes exactly one object, window.studio: one function per StudioApi method and a
// subscription to menu commands. No ipcRenderer, no Node.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC_CHANNEL, MENU_CHANNEL, METHOD_NAMES } from '../api/methods';

const api: Record<string, unknown> = {};
for (const method of METHOD_NAMES) api[method] = (input: unknown) => ipcRenderer.invoke(IPC_CHANNEL, method, input ?? {});
api.onMenuCommand = (callback: (command: string) => void) => {
  const listener = (_event: IpcRendererEvent, command: unknown) => {
    if (typeof command === 'string') callback(command);
  };
  ipcRenderer.on(MENU_CHANNEL, listener);
  return () => ipcRenderer.removeListener(MENU_CHANNEL, listener);
};

contextBridge.exposeInMainWorld('studio', Object.freeze(api));
