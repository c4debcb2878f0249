import path from 'node:path';
import { recoverDamagedDatabase } from '../../db/recovery';
import { parse, required } from './args';

/** `restore --db <file>`: sets a damaged database aside and puts the newest good backup in its place. */
export async function restoreCommand(argv: string[]): Promise<void> {
  const { values } = parse(argv, { db: { type: 'string' } });
  const file = path.resolve(required(values.db, '--db'));
  const { keptAs, restoredFrom } = recoverDamagedDatabase(file);
  process.stdout.write(
    restoredFrom
      ? `restored ${file} from ${restoredFrom}; the previous file is kept as ${keptAs}\n`
      : `no usable backup: ${file} will start empty (sync again); the previous file is kept as ${keptAs}\n`,
  );
}
