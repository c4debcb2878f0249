import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { adoptAccessToken } from './api/client';
import { App } from './App';
import { watchDashboardNavigation } from './lib/perf-marks';
import './styles/base.css';
import './styles/dashboards.css';
import './styles/states.css';
import './styles/content.css';
import './styles/audience.css';
import './styles/print.css';

adoptAccessToken();
watchDashboardNavigation();

// Everything comes from the local database: no network, so no retries and no refetch on focus. Pages
// left stay in memory for half an hour (a dashboard's payload is a few hundred KB), so going back to one
// draws at once and the warm-up (api/warm-dashboards.ts) does not reload them every five minutes.
const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: 60_000, gcTime: 30 * 60_000 } },
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
