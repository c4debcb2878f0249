// The Characters, Plugins and Stories dashboards, an item's own page, and two characters side by side.
import { readAt } from '../read-at';
import { ApiFailure } from '../failure';
import type { HandlersOf } from '../handler-types';

type ContentMethod = 'characters' | 'character' | 'compareCharacters' | 'plugins' | 'plugin' | 'stories' | 'story';

function found<T>(value: T | null, what: string): T {
  if (value === null) throw new ApiFailure('not_found', `${what} is not in your synced catalogue (it may have been deleted on the platform).`);
  return value;
}

export const contentHandlers: HandlersOf<ContentMethod> = {
  characters: (ctx, input) => ctx.core.read('characters', input, readAt(ctx)),
  character: async (ctx, input) => found(await ctx.core.read('character', input, readAt(ctx)), `The character ${input.id}`),
  compareCharacters: async (ctx, input) => found(await ctx.core.read('compareCharacters', input, readAt(ctx)), `The character ${input.a} or ${input.b}`),
  plugins: (ctx, input) => ctx.core.read('plugins', input, readAt(ctx)),
  plugin: async (ctx, input) => found(await ctx.core.read('plugin', input, readAt(ctx)), `The plugin ${input.id}`),
  stories: (ctx, input) => ctx.core.read('stories', input, readAt(ctx)),
  story: async (ctx, input) => found(await ctx.core.read('story', input, readAt(ctx)), `The story ${input.id}`),
};
