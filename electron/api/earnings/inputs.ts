import { z } from 'zod';
import { dashboardInput, ItemId } from '../schemas';

export const earningsInputs = {
  earnings: dashboardInput,
  payoutBreakdown: z.object({ id: ItemId }).strict(),
};
