import { z } from 'zod';
import { ItemId, PeriodSpecSchema } from '../schemas';

export const contentInputs = {
  character: z.object({ period: PeriodSpecSchema, id: ItemId }).strict(),
  compareCharacters: z.object({ period: PeriodSpecSchema, a: ItemId, b: ItemId }).strict(),
  plugin: z.object({ period: PeriodSpecSchema, id: ItemId }).strict(),
  story: z.object({ period: PeriodSpecSchema, id: ItemId }).strict(),
};
