import { z } from 'zod';
import { empty } from '../schemas';

export const alertInputs = {
  alerts: empty,
  readAlerts: z.object({ ids: z.array(z.string().min(1).max(300)).min(1).max(200) }).strict(),
};
