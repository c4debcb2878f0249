// Each dashboard's page by the dashboard's id (db/dashboards.ts): #/<id>/<rest...> draws it.
import type { ComponentType } from 'react';
import type { DashboardId } from '../../db/dashboards';
import { AudiencePage } from './audience/AudiencePage';
import { CharactersPage } from './characters/CharactersPage';
import { EarningsPage } from './earnings/EarningsPage';
import { PluginsPage } from './plugins/PluginsPage';
import { StoriesPage } from './stories/StoriesPage';

/** #/earnings, and #/earnings/tax-pack with the tax pack's dialog open (the menu's Export opens it). */
function EarningsRoute({ rest }: { rest: string[] }) {
  return <EarningsPage showTaxPack={rest[0] === 'tax-pack'} />;
}

export const DASHBOARD_PAGES: { [D in DashboardId]: ComponentType<{ rest: string[] }> } = {
  earnings: EarningsRoute,
  characters: CharactersPage,
  plugins: PluginsPage,
  stories: StoriesPage,
  audience: AudiencePage,
};
