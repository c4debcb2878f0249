// tsx electron/sample-platform/cli.ts [--port N] [--seed N] [--scale default|large|tiny] [--token T]
//   [--today YYYY-MM-DD] [--rate-limit-every N] [--error-rate R] [--latency-ms N] [--older]
// Prints the URL on its first line of standard output and runs until killed.
import { parseArgs } from 'node:util';
import type { Scale } from './config';
import { startSamplePlatform } from './index';

function num(name: string, v: string | undefined, fallback: number): number {
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} must be a non-negative number, got ${JSON.stringify(v)}`);
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      seed: { type: 'string' },
      scale: { type: 'string' },
      token: { type: 'string' },
      today: { type: 'string' },
      'rate-limit-every': { type: 'string' },
      'error-rate': { type: 'string' },
      'latency-ms': { type: 'string' },
      older: { type: 'boolean' },
    },
    strict: true,
  });
  const scale = (values.scale ?? 'default') as Scale;
  if (!['default', 'large', 'tiny'].includes(scale)) throw new Error(`--scale must be default, large or tiny, got ${scale}`);
  const errorRate = num('error-rate', values['error-rate'], 0);
  if (errorRate > 1) throw new Error('--error-rate must be between 0 and 1');
  const platform = await startSamplePlatform({
    port: num('port', values.port, 0),
    seed: num('seed', values.seed, 42),
    scale,
    token: values.token,
    today: values.today,
    older: values.older ?? false,
    faults: {
      rateLimitEvery: num('rate-limit-every', values['rate-limit-every'], 0),
      serverErrorRate: errorRate,
      latencyMs: num('latency-ms', values['latency-ms'], 0),
    },
  });
  process.stdout.write(`${platform.url}\n`);
  process.stderr.write(`sample platform (scale ${scale}) ready; token: ${platform.token}\n`);
  const stop = () => {
    void platform.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  // Scripts (benchmarks) move the dataset on by writing "advance" lines; each is answered with "advanced".
  let input = '';
  process.stdin.on('data', (chunk) => {
    input += chunk;
    for (let i = input.indexOf('\n'); i >= 0; i = input.indexOf('\n')) {
      if (input.slice(0, i).trim() === 'advance') {
        platform.advanceDay();
        process.stdout.write('advanced\n');
      }
      input = input.slice(i + 1);
    }
  });
}

main().catch((err: unknown) => {
  process.stderr.write(`sample platform: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
