import { z } from 'zod';
import { ItemId } from '../schemas';

export const earningsInputs = {
  payoutBreakdown: z.object({ id: ItemId }).strict(),
};
