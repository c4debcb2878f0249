export * from './catalogue';
export * from './money';
export * from './stats';
export * from './local';
export * from './rollups';
export * from './rates';
