// The Characters, Plugins and Stories dashboards, an item's own page, and two characters side by side.
import { compareCharacters, characterDetail } from '../../../db/queries/characters/detail';
import { charactersDashboard } from '../../../db/queries/characters/list';
import { pluginDetail } from '../../../db/queries/plugins/detail';
import { pluginsDashboard } from '../../../db/queries/plugins/list';
import { storyDetail } from '../../../db/queries/stories/detail';
import { storiesDashboard } from '../../../db/queries/stories/list';
import { reportingZone } from '../../../db/rollups';
import type { ApiContext } from '../context';
import { ApiFailure } from '../failure';
import type { HandlersOf } from '../handler-types';

type ContentMethod = 'characters' | 'character' | 'compareCharacters' | 'plugins' | 'plugin' | 'stories' | 'story';

function found<T>(value: T | null, what: string): T {
  if (value === null) throw new ApiFailure('not_found', `${what} is not in your synced catalogue (it may have been deleted on the platform).`);
  return value;
}

const args = (ctx: ApiContext) => [reportingZone(ctx.db), ctx.now().getTime()] as const;

export const contentHandlers: HandlersOf<ContentMethod> = {
  characters: (ctx, input) => charactersDashboard(ctx.db, input.period, ...args(ctx), ctx.reader),
  character: (ctx, input) => found(characterDetail(ctx.db, input.period, ...args(ctx), input.id), `The character ${input.id}`),
  compareCharacters: (ctx, input) =>
    found(compareCharacters(ctx.db, input.period, ...args(ctx), input.a, input.b), `The character ${input.a} or ${input.b}`),
  plugins: (ctx, input) => pluginsDashboard(ctx.db, input.period, ...args(ctx)),
  plugin: (ctx, input) => found(pluginDetail(ctx.db, input.period, ...args(ctx), input.id), `The plugin ${input.id}`),
  stories: (ctx, input) => storiesDashboard(ctx.db, input.period, ...args(ctx)),
  story: (ctx, input) => found(storyDetail(ctx.db, input.period, ...args(ctx), input.id), `The story ${input.id}`),
};
