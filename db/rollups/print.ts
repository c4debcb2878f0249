// npx tsx db/rollups/print.ts [ledger|stats|extent] — the SQL a migration defining these rollups holds:
// the ledger's triggers and builds, the stats month tables with their triggers and fills (migration
// 0005's text), or the stats extent table with its triggers and fills (0010's).
import { rollupGroup } from './groups';
import { extentStatements } from './stats-extent';
import { rollupStatements, STATS_ROLLUPS } from './stats-monthly';

const what = process.argv[2] ?? 'ledger';
const ledger = rollupGroup('ledger')!;
const statements =
  what === 'stats' ? STATS_ROLLUPS.flatMap(rollupStatements) : what === 'extent' ? extentStatements() : [...ledger.triggers, ...ledger.clear, ...ledger.build];
process.stdout.write(statements.join('\n--> statement-breakpoint\n') + '\n');
