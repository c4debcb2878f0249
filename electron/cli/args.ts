import { parseArgs } from 'node:util';

export class UsageError extends Error {}

export const USAGE = `usage:
  npm run cli -- sync   --api <base-url> --db <file>   (token from CREATOR_STUDIO_TOKEN, or --token - on standard input)
                        [--full] [--only <resource,…>]   (e.g. --only ledger,payouts,support)
  npm run cli -- export <kind> --db <file> --out <file.csv> [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--tz <IANA zone>]
  npm run cli -- serve  --db <file> [--port <n>]
  npm run cli -- demo   [--db <file>]
  npm run cli -- restore --db <file> [--force]   (set a damaged database aside and restore its newest backup;
                        --force replaces a healthy one too, which is kept aside)
kinds: ledger, payouts, support, earnings, characters, plugins, stories, audience`;

type Spec = Record<string, { type: 'string' | 'boolean' }>;

export function parse<S extends Spec>(argv: string[], spec: S) {
  try {
    return parseArgs({ args: argv, options: spec, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]);
  }
}

export function required(value: string | boolean | undefined, flag: string): string {
  if (typeof value !== 'string' || value === '') throw new UsageError(`${flag} is required`);
  return value;
}

export function port(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new UsageError(`--port must be a number from 0 to 65535, got ${value}`);
  return n;
}
