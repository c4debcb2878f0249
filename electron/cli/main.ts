import { UsageError, USAGE } from './args';

// Each command's module is loaded only when it runs: the serve and demo commands pull in the HTTP
// API, the dashboards' queries and the sample platform, which an export or a sync never uses
// (about a quarter of a second of start-up, measured on `export ledger`).
const commands: Record<string, (argv: string[]) => Promise<void>> = {
  serve: async (argv) => (await import('./serve')).serveCommand(argv),
  start: async () => (await import('./start')).startCommand(),
  sync: async (argv) => (await import('./sync')).syncCommand(argv),
  export: async (argv) => (await import('../export/cli')).exportCommand(argv),
  demo: async (argv) => (await import('./demo')).demoCommand(argv),
  restore: async (argv) => (await import('./restore')).restoreCommand(argv),
};

async function main(argv: string[]): Promise<void> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === 'help') {
    process.stdout.write(`${USAGE}\n`);
    if (!name) process.exitCode = 2;
    return;
  }
  const command = commands[name];
  if (!command) throw new UsageError(`unknown command "${name}"`);
  await command(rest);
}

main(process.argv.slice(2)).then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`creator-studio: ${message.split('\n')[0]}\n`);
    if (error instanceof UsageError) process.stderr.write(`${USAGE}\n`);
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
