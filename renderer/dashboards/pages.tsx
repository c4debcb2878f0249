// Each dashboard's page by the dashboard's id (db/dashboards.ts): #/<id>/<rest...> draws it, inside the
// timeline of what it shows (the account's or an item's), whose events its time charts mark.
import type { ComponentType } from 'react';
import type { DashboardId } from '../../db/dashboards';
import { TimelineProvider } from '../events/TimelineProvider';
import { AudiencePage } from './audience/AudiencePage';
import { CharactersPage } from './characters/CharactersPage';
import { EarningsPage } from './earnings/EarningsPage';
import { PluginsPage } from './plugins/PluginsPage';
import { StoriesPage } from './stories/StoriesPage';

/** #/earnings, and #/earnings/tax-pack with the tax pack's dialog open (the menu's Export opens it). */
function EarningsRoute({ rest }: { rest: string[] }) {
  return <EarningsPage showTaxPack={rest[0] === 'tax-pack'} />;
}

function onTimeline(dashboard: DashboardId, Page: ComponentType<{ rest: string[] }>): ComponentType<{ rest: string[] }> {
  return function PageOnTimeline({ rest }: { rest: string[] }) {
    return (
      <TimelineProvider dashboard={dashboard} rest={rest}>
        <Page rest={rest} />
      </TimelineProvider>
    );
  };
}

export const DASHBOARD_PAGES: { [D in DashboardId]: ComponentType<{ rest: string[] }> } = {
  earnings: onTimeline('earnings', EarningsRoute),
  characters: onTimeline('characters', CharactersPage),
  plugins: onTimeline('plugins', PluginsPage),
  stories: onTimeline('stories', StoriesPage),
  audience: onTimeline('audience', AudiencePage),
};
