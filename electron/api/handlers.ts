// The StudioApi's handler table, which both transports dispatch to (dispatch.ts). Each domain
// declares its own handlers in its folder; the table merges them, and its type names any method
// that none of them answers.
import { accountHandlers } from './account/handlers';
import { alertHandlers } from './alerts/handlers';
import { audienceHandlers } from './audience/handlers';
import { contentHandlers } from './content/handlers';
import { earningsHandlers } from './earnings/handlers';
import { eventHandlers } from './events/handlers';
import { fileHandlers } from './files/handlers';
import type { Handlers } from './handler-types';
import { statusHandlers } from './status/handlers';
import { updateHandlers } from './updates/handlers';

export const handlers: Handlers = {
  ...statusHandlers,
  ...accountHandlers,
  ...earningsHandlers,
  ...contentHandlers,
  ...audienceHandlers,
  ...eventHandlers,
  ...fileHandlers,
  ...updateHandlers,
  ...alertHandlers,
};
