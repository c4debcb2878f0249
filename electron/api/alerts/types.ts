// What the alert methods answer: the alerts not read yet.
import type { Alert } from '../../../db/queries/types/alerts';

export type { Alert, AlertKind } from '../../../db/queries/types/alerts';

export interface AlertOutputs {
  alerts: Alert[];
  readAlerts: Alert[];
}
