// Performance marks for "a dashboard was opened and has painted", read by the renderer bench
// (test/bench/renderer.ts) and visible in any browser's performance panel:
//   dashboard:<name>:start    navigation to the dashboard began (hash change; the first one at time 0, page load)
//   dashboard:<name>:painted  its data for the current period has arrived, the page and its charts have been
//                             committed and drawn (Chart.js draws synchronously on creation, with animation off),
//                             and a frame has been produced: the first task after the next animation frame
//   dashboard:<name>          a measure between the two
import { useEffect } from 'react';
import { DASHBOARDS, type Dashboard } from '../api/dashboard-queries';

/** The dashboard a location hash shows (a list page, not an item page), or null. */
export function dashboardOf(hash: string): Dashboard | null {
  const [page = '', ...rest] = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  if (rest.length > 0) return null;
  const name = page || 'earnings';
  return DASHBOARDS.find((d) => d === name) ?? null;
}

let pending: string | null = null;

function start(name: string | null, startTime?: number): void {
  pending = name;
  if (name) performance.mark(`dashboard:${name}:start`, startTime === undefined ? undefined : { startTime });
}

/** Call once at start-up: marks the first dashboard from page load, and every later navigation to one. */
export function watchDashboardNavigation(): void {
  start(dashboardOf(window.location.hash), 0);
  window.addEventListener('hashchange', () => start(dashboardOf(window.location.hash)));
}

/** Marks the dashboard painted once `ready` (its data for the chosen period is committed) after a navigation to it. */
export function useDashboardPainted(name: string, ready: boolean): void {
  useEffect(() => {
    if (!ready || pending !== name) return;
    let timer = 0;
    // Effects run after the children's (the charts are created and drawn by then); the animation frame
    // is the one that shows them, and the task after it runs once that frame was produced.
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => {
        if (pending !== name) return;
        pending = null;
        performance.mark(`dashboard:${name}:painted`);
        performance.measure(`dashboard:${name}`, `dashboard:${name}:start`, `dashboard:${name}:painted`);
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [name, ready]);
}
