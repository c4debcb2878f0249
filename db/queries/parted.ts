// A payload read in parts. Each part is a read of its own that depends on nothing in the payload but
// its plan, so whoever runs the payload may read some parts on another connection while this one reads
// the rest; `assemble` puts the parts together. The queries say what the parts are, never where they run.
import type { Db } from '../open';

export interface Parted<Args extends unknown[], Plan, Parts extends Record<string, unknown>, Out> {
  /** What the parts are read for (the period, its buckets...): small, and a plain value that can be copied. */
  plan(db: Db, ...args: Args): Plan;
  parts: { [K in keyof Parts]: (db: Db, plan: Plan) => Parts[K] };
  assemble(db: Db, plan: Plan, parts: Parts): Out;
}

/** The payload with every part read on `db`, in the order the parts are listed. */
export function readWhole<Args extends unknown[], Plan, Parts extends Record<string, unknown>, Out>(payload: Parted<Args, Plan, Parts, Out>, db: Db, ...args: Args): Out {
  const plan = payload.plan(db, ...args);
  const parts = {} as Parts;
  for (const name of Object.keys(payload.parts) as (keyof Parts)[]) parts[name] = payload.parts[name](db, plan);
  return payload.assemble(db, plan, parts);
}
