// The method names of the StudioApi. Kept apart from the schemas so the sandboxed preload
// can build the bridge object without bundling the validation library.
export const METHOD_NAMES = [
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
  'earnings',
  'payoutBreakdown',
  'characters',
  'character',
  'compareCharacters',
  'plugins',
  'plugin',
  'stories',
  'story',
  'audience',
  'insights',
  'review',
  'saveReviewNote',
  'getInsightThresholds',
  'saveInsightThresholds',
  'exportTable',
  'taxPack',
  'statement',
  'getUpdateStatus',
  'checkForUpdates',
  'installUpdate',
  'importRates',
] as const;

export type MethodName = (typeof METHOD_NAMES)[number];

export const IPC_CHANNEL = 'studio:call';
export const MENU_CHANNEL = 'studio:menu';
export type MenuCommand = 'sync' | 'export' | 'settings';
