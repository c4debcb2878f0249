// Performance marks for "a dashboard was opened and has painted", read by the renderer bench
// (test/bench/renderer.ts) and visible in any browser's performance panel:
//   dashboard:<name>:start    navigation to the dashboard began (hash change; the first one at time 0, page load)
//   dashboard:<name>:painted  its data for the current period has arrived, the page and its charts have been
//                             committed and drawn (Chart.js draws synchronously on creation, with animation off),
//                             and a frame has been produced: the first task after the next animation frame
//   dashboard:<name>          a measure between the two
//   dashboards:all-drawn      every dashboard is drawn (shown or kept hidden, shell/PageStack), once per page load
import { useEffect } from 'react';
import { DASHBOARD_IDS, isDashboard, type DashboardId } from '../../db/dashboards';
import { usePageActivity } from '../shell/page-activity';

/** The dashboard a location hash shows (a list page, not an item page), or null. */
export function dashboardOf(hash: string): DashboardId | null {
  const [page = '', ...rest] = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  if (rest.length > 0) return null;
  const name = page || 'earnings';
  return isDashboard(name) ? name : null;
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

/** Marks the dashboard painted once `ready` (its data for the chosen period is committed) and shown after a navigation to it. */
export function useDashboardPainted(name: string, ready: boolean): void {
  const activity = usePageActivity();
  useEffect(() => {
    if (!ready) return;
    let frame = 0;
    let timer = 0;
    const cancel = () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
    const check = () => {
      cancel();
      if (!activity.active() || pending !== name) return;
      // Effects run after the children's (the charts are created and drawn by then); the animation frame
      // is the one that shows them, and the task after it runs once that frame was produced.
      frame = requestAnimationFrame(() => {
        timer = window.setTimeout(() => {
          if (pending !== name) return;
          pending = null;
          performance.mark(`dashboard:${name}:painted`);
          performance.measure(`dashboard:${name}`, `dashboard:${name}:start`, `dashboard:${name}:painted`);
        }, 0);
      });
    };
    check();
    const unsubscribe = activity.subscribe(check);
    return () => {
      unsubscribe();
      cancel();
    };
  }, [name, ready, activity]);
}

let allDrawn = false;

/** Marks the first moment every dashboard is drawn, given how many are. */
export function markDashboardsDrawn(drawn: number): void {
  if (allDrawn || drawn < DASHBOARD_IDS.length) return;
  allDrawn = true;
  performance.mark('dashboards:all-drawn');
}
