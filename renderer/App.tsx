import { useEffect } from 'react';
import { onMenuCommand } from './api/client';
import { useSettings, useSyncActions } from './api/hooks';
import { useWarmDashboards } from './api/warm-dashboards';
import { SettingsPage } from './settings/SettingsPage';
import { Nav } from './shell/Nav';
import { DASHBOARD_PAGES } from './dashboards/pages';
import { ReviewPage } from './dashboards/review/ReviewPage';
import { navigate, pageLabel, useRoute, type Route } from './shell/route';
import { StatementPage } from './dashboards/earnings/StatementPage';
import { StatusBar } from './shell/StatusBar';
import { OPEN_ALERTS_EVENT } from './shell/Alerts';
import { PageStack } from './shell/PageStack';

function useTheme(): void {
  const { data: settings } = useSettings();
  useEffect(() => {
    const theme = settings?.theme ?? 'system';
    if (theme === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = theme;
  }, [settings?.theme]);
}

function useMenuCommands(): void {
  const { start } = useSyncActions();
  useEffect(
    () =>
      onMenuCommand((command) => {
        if (command === 'settings') navigate('settings');
        else if (command === 'export') navigate('earnings', 'tax-pack');
        else if (command === 'sync') start.mutate();
        else if (command === 'alerts') window.dispatchEvent(new Event(OPEN_ALERTS_EVENT));
      }),
    [start],
  );
}

function Page({ route }: { route: Route }) {
  if (route.page === 'settings') return <SettingsPage />;
  if (route.page === 'review') return <ReviewPage rest={route.rest} />;
  if (route.page === 'statement') return <StatementPage rest={route.rest} />;
  const Dashboard = DASHBOARD_PAGES[route.page];
  return <Dashboard rest={route.rest} />;
}

export function App() {
  const route = useRoute();
  useTheme();
  useMenuCommands();
  useWarmDashboards();
  const title = pageLabel(route.page);
  useEffect(() => {
    document.title = `${title} · Creator Studio`;
  }, [title]);
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Nav current={route.page} />
      <main id="main" tabIndex={-1}>
        <PageStack route={route} Page={Page} />
      </main>
      <StatusBar />
    </div>
  );
}
