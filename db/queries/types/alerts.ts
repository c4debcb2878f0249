// Alerts: what the app tells the creator without a dashboard open. Each has a stable id, so it is
// said once and never again after it is read.

export type AlertKind = 'payout' | 'sync-failing' | 'weekly-review' | 'insight';

export interface Alert {
  /** Stable: 'payout:<id>:<status>', 'sync-failing:<last success>', 'weekly-review:<week>', 'insight:<week>:<card>'. */
  id: string;
  kind: AlertKind;
  /** When it happened (ISO instant). */
  at: string;
  title: string;
  body: string;
  /** The same without any amount, for notifications that may show on a locked screen. */
  quietBody: string;
  /** The page that shows it (#/…). */
  href: string;
}
