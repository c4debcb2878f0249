import fs from 'node:fs';
import path from 'node:path';
import { app, screen, type BrowserWindow } from 'electron';

interface Bounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized?: boolean;
}

const file = () => path.join(app.getPath('userData'), 'window-state.json');

export function loadWindowBounds(): Bounds {
  const fallback = { width: 1280, height: 820 };
  try {
    const saved = JSON.parse(fs.readFileSync(file(), 'utf8')) as Bounds;
    const visible = screen.getAllDisplays().some(({ workArea: a }) =>
      saved.x === undefined || saved.y === undefined
        ? true
        : saved.x >= a.x - 50 && saved.y >= a.y - 50 && saved.x < a.x + a.width && saved.y < a.y + a.height,
    );
    return visible && saved.width >= 640 && saved.height >= 480 ? saved : fallback;
  } catch {
    return fallback;
  }
}

/** Remembers the window's size and place when it closes. */
export function trackWindowBounds(win: BrowserWindow): void {
  win.on('close', () => {
    const bounds: Bounds = { ...win.getNormalBounds(), maximized: win.isMaximized() };
    try {
      fs.writeFileSync(file(), JSON.stringify(bounds));
    } catch {
      // Losing the window size is not worth an error dialog on quit.
    }
  });
}
