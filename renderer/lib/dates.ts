// Building an Intl.DateTimeFormat costs far more than formatting with one (it was most of the time the
// Earnings page took to render its tables): one formatter per set of options, kept.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify(opts);
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat('en-GB', opts)));
  return f;
}

const fmt = (d: string, opts: Intl.DateTimeFormatOptions) => formatter({ ...opts, timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`));

/** Chart labels for bucket starts: "3 Nov", "wk of 3 Nov", "Nov 2026". */
export function bucketLabel(bucket: string, granularity: 'day' | 'week' | 'month'): string {
  if (granularity === 'month') return fmt(bucket, { month: 'short', year: 'numeric' });
  return fmt(bucket, { day: 'numeric', month: 'short' });
}

export function monthLabel(month: string): string {
  return fmt(`${month}-01`, { month: 'short', year: '2-digit' });
}

export function dateLabel(day: string): string {
  return fmt(day, { day: 'numeric', month: 'short', year: 'numeric' });
}

export function instantLabel(iso: string, timeZone: string): string {
  return formatter({ dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso));
}
