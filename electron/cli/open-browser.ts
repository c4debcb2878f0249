import { spawn } from 'node:child_process';

/** Opens the URL in the default browser where there is one; silently does nothing on a headless machine. */
export function openBrowser(url: string): void {
  if (process.env.CI || process.env.CREATOR_STUDIO_NO_BROWSER) return;
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return;
  const [cmd, args] =
    process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '', url]] : ['xdg-open', [url]];
  const child = spawn(cmd, args as string[], { stdio: 'ignore', detached: true });
  child.on('error', () => {});
  child.unref();
}
