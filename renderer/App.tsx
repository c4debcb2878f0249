import { useEffect } from 'react';
import { onMenuCommand } from './api/client';
import { useSettings, useSyncActions } from './api/hooks';
import { useWarmDashboards } from './api/warm-dashboards';
import { NoDataYet } from './dashboards/Placeholder';
import { SettingsPage } from './settings/SettingsPage';
import { Nav } from './shell/Nav';
import { EarningsPage } from './dashboards/earnings/EarningsPage';
import { AudiencePage } from './dashboards/audience/AudiencePage';
import { ReviewPage } from './dashboards/review/ReviewPage';
import { CharactersPage } from './dashboards/characters/CharactersPage';
import { PluginsPage } from './dashboards/plugins/PluginsPage';
import { StoriesPage } from './dashboards/stories/StoriesPage';
import { navigate, pageLabel, useRoute, type Route } from './shell/route';
import { StatementPage } from './dashboards/earnings/StatementPage';
import { StatusBar } from './shell/StatusBar';
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
      }),
    [start],
  );
}

function Page({ route }: { route: Route }) {
  switch (route.page) {
    case 'settings':
      return <SettingsPage />;
    case 'earnings':
      return <EarningsPage showTaxPack={route.rest[0] === 'tax-pack'} />;
    case 'characters':
      return <CharactersPage rest={route.rest} />;
    case 'plugins':
      return <PluginsPage rest={route.rest} />;
    case 'stories':
      return <StoriesPage rest={route.rest} />;
    case 'audience':
      return <AudiencePage rest={route.rest} />;
    case 'review':
      return <ReviewPage rest={route.rest} />;
    case 'statement':
      return <StatementPage rest={route.rest} />;
    default:
      return <NoDataYet title={pageLabel(route.page)} />;
  }
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
