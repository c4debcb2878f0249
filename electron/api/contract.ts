// The one contract between the renderer and the main process. Both transports (IPC and the
// loopback HTTP of serve mode) validate every input with these schemas before a handler runs. Each
// domain declares its methods' inputs beside its handlers; each dashboard's own method takes a period
// (schemas.ts); this table merges them.
import type { z } from 'zod';
import type { MethodName } from './methods';
import { accountInputs } from './account/inputs';
import { alertInputs } from './alerts/inputs';
import { audienceInputs } from './audience/inputs';
import { contentInputs } from './content/inputs';
import { earningsInputs } from './earnings/inputs';
import { eventInputs } from './events/inputs';
import { fileInputs } from './files/inputs';
import { statusInputs } from './status/inputs';
import { updateInputs } from './updates/inputs';
import { dashboardInputs } from './schemas';

export const inputSchemas = {
  ...dashboardInputs,
  ...statusInputs,
  ...accountInputs,
  ...earningsInputs,
  ...contentInputs,
  ...audienceInputs,
  ...eventInputs,
  ...fileInputs,
  ...updateInputs,
  ...alertInputs,
} satisfies Record<MethodName, z.ZodType>;

export type Input<M extends MethodName> = z.input<(typeof inputSchemas)[M]>;
export type ParsedInput<M extends MethodName> = z.output<(typeof inputSchemas)[M]>;
