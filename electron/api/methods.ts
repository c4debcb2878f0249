// The method names of the StudioApi. Kept apart from the schemas so the sandboxed preload
// can build the bridge object without bundling the validation library. Each dashboard's method is
// named by its id (db/dashboards.ts).
import { DASHBOARDS } from '../../db/dashboards';

export const METHOD_NAMES = [
  ...DASHBOARDS.map((d) => d.id),
  'getStatus',
  'getSettings',
  'saveSettings',
  'setToken',
  'clearToken',
  'connectAccount',
  'showDemo',
  'startSync',
  'cancelSync',
  'savePeriod',
  'payoutBreakdown',
  'character',
  'compareCharacters',
  'plugin',
  'story',
  'insights',
  'review',
  'saveReviewNote',
  'getInsightThresholds',
  'events',
  'saveTimelineNote',
  'deleteTimelineNote',
  'beforeAfter',
  'timelineItems',
  'saveInsightThresholds',
  'exportTable',
  'taxPack',
  'statement',
  'getUpdateStatus',
  'checkForUpdates',
  'installUpdate',
  'importRates',
  'alerts',
  'readAlerts',
] as const;

export type MethodName = (typeof METHOD_NAMES)[number];

export const IPC_CHANNEL = 'studio:call';
export const MENU_CHANNEL = 'studio:menu';
export type MenuCommand = 'sync' | 'export' | 'settings' | 'alerts';
