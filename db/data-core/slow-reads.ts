// Every named read is timed; one slower than the threshold is logged with its name and input, so a
// slow dashboard in the field says which read and which period. At most one line per read name per
// interval: a page that is slow on every visit must not flood the log; the next line counts the rest.

export interface SlowReadOptions {
  /** A read taking longer than this is logged (default 100 ms: a dashboard's p95 target). */
  thresholdMs?: number;
  /** Where the lines go (default: standard error). */
  log?: (line: string) => void;
  /** The shortest time between two lines about the same read (default one minute). */
  intervalMs?: number;
  /** The clock the interval is measured on. */
  now?: () => number;
}

export const SLOW_READ_MS = 100;

export function slowReadLog(options: SlowReadOptions = {}): (name: string, ms: number, input: unknown) => void {
  const { thresholdMs = SLOW_READ_MS, log = (line: string) => console.error(line), intervalMs = 60_000, now = Date.now } = options;
  const last = new Map<string, { at: number; unsaid: number }>();
  return (name, ms, input) => {
    if (ms <= thresholdMs) return;
    const t = now();
    const seen = last.get(name);
    if (seen && t - seen.at < intervalMs) {
      seen.unsaid++;
      return;
    }
    const more = seen?.unsaid ? ` (and ${seen.unsaid} more slow ${name} reads since the last line)` : '';
    last.set(name, { at: t, unsaid: 0 });
    log(`[data-core] slow read: ${name} took ${ms.toFixed(0)} ms, input ${JSON.stringify(input)?.slice(0, 200)}${more}`);
  };
}
