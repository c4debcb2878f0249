import { UsageError, USAGE } from './args';
import { exportCommand } from '../export/cli';
import { demoCommand } from './demo';
import { restoreCommand } from './restore';
import { serveCommand } from './serve';
import { startCommand } from './start';
import { syncCommand } from './sync';

const commands: Record<string, (argv: string[]) => Promise<void>> = {
  serve: serveCommand,
  start: startCommand,
  sync: syncCommand,
  export: (argv) => exportCommand(argv),
  demo: demoCommand,
  restore: restoreCommand,
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
