// Every rollup defined once, as code: the tables each keeps, its triggers and its set-based build
// (groups.ts, from the ledger's and the stats' descriptions), the zone the ledger's are in, and the
// bulk load's deferral of their upkeep.
export { besideReader, type ReadBeside } from './beside';
export { buildRollups, buildRollupsBeside, deferRollups, rebuildGroup } from './build';
export { normalisedSql, ROLLUP_GROUPS, rollupGroup, triggerName, type RollupGroup } from './groups';
export { reportingZone } from './reporting-zone';
export { rollupsToBuild } from './state';
export { ensureRollupZone } from './zone';
