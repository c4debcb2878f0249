import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { adoptAccessToken } from './api/client';
import { rememberedDashboardQuery } from './api/dashboard-queries';
import { settingsQuery } from './api/hooks';
import { App } from './App';
import { dashboardOf, watchDashboardNavigation } from './lib/perf-marks';
import './styles/base.css';
import './styles/dashboards.css';
import './styles/tables.css';
import './styles/tax.css';
import './styles/states.css';
import './styles/content.css';
import './styles/audience.css';
import './styles/events.css';
import './styles/outlook.css';
import './styles/print.css';

const adopted = adoptAccessToken();
watchDashboardNavigation();

// Everything comes from the local database: no network, so no retries and no refetch on focus. Pages
// left stay in memory for half an hour (a dashboard's payload is a few hundred KB), so going back to one
// draws at once and the warm-up (api/warm-dashboards.ts) does not reload them every five minutes.
const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: 60_000, gcTime: 30 * 60_000 } },
});

// The settings, then the opening dashboard's payload for its remembered period, are asked for before the
// first render, which waits for the settings (a few ms; 300 at most). Rendering first kept the main thread
// busy 100-150 ms before the settings were asked for, and the dashboard's read left 250 ms later than now.
const opening = dashboardOf(window.location.hash);
const settingsRead = adopted.then(() => queryClient.fetchQuery(settingsQuery)).then((settings) => {
  if (opening) void queryClient.prefetchQuery(rememberedDashboardQuery(opening, settings.periods));
});
const settled = adopted.then(() => new Promise((resolve) => setTimeout(resolve, 300)));
// A failed read is the page's to show: it asks again.
void Promise.race([settingsRead, settled])
  .catch(() => {})
  .then(() =>
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <App />
        </QueryClientProvider>
      </StrictMode>,
    ),
  );
