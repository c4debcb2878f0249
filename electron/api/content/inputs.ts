import { z } from 'zod';
import { dashboardInput, ItemId, PeriodSpecSchema } from '../schemas';

export const contentInputs = {
  characters: dashboardInput,
  character: z.object({ period: PeriodSpecSchema, id: ItemId }).strict(),
  compareCharacters: z.object({ period: PeriodSpecSchema, a: ItemId, b: ItemId }).strict(),
  plugins: dashboardInput,
  plugin: z.object({ period: PeriodSpecSchema, id: ItemId }).strict(),
  stories: dashboardInput,
  story: z.object({ period: PeriodSpecSchema, id: ItemId }).strict(),
};
