import { dialog, type BrowserWindow } from 'electron';
import type { FileDialogs } from '../api/context';

export function nativeDialogs(getWindow: () => BrowserWindow | null): FileDialogs {
  return {
    async saveFile(suggestedName, filterName, extensions) {
      const win = getWindow();
      const options = { defaultPath: suggestedName, filters: [{ name: filterName, extensions }] };
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseFolder(title) {
      const win = getWindow();
      const options = { title, properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[] };
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled || !result.filePaths[0] ? null : result.filePaths[0];
    },
  };
}
