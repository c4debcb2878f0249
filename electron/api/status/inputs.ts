import { z } from 'zod';
import { empty } from '../schemas';

export const statusInputs = {
  getStatus: empty,
  startSync: z.object({ full: z.boolean().optional() }).strict(),
  cancelSync: empty,
};
