// Runs one insight rule on a test database, as the review would for the week ending `periodTo`.
import { openDatabase, type Db } from '../../db/open';
import type { Rule, RuleContext } from '../../db/queries/insights/context';
import { DEFAULT_THRESHOLDS } from '../../db/queries/insights/thresholds';
import type { InsightThresholds } from '../../db/queries/types/insights';
import { tempDbFile } from './tmp';

export async function freshDb(): Promise<Db> {
  return (await openDatabase(tempDbFile())).db;
}

export function runRule(rule: Rule, db: Db, periodTo: string, t: Partial<InsightThresholds> = {}, movers: RuleContext['movers'] = null) {
  return rule.run({ db, t: { ...DEFAULT_THRESHOLDS, ...t }, periodTo, movers });
}
