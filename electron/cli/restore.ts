import fs from 'node:fs';
import path from 'node:path';
import { backupDate, newestUsableBackup, passesIntegrityCheck, recoverDamagedDatabase, restoreMissingDatabase } from '../../db/recovery';
import { parse, required } from './args';

/**
 * `restore --db <file> [--force]`: sets a damaged database aside and puts the newest good backup in its
 * place. A healthy file holds rows its backups may not have (everything synced since), so it is
 * replaced only with --force, and kept aside then too.
 */
export async function restoreCommand(argv: string[]): Promise<void> {
  const { values } = parse(argv, { db: { type: 'string' }, force: { type: 'boolean' } });
  const file = path.resolve(required(values.db, '--db'));
  const force = values.force === true;
  const backup = newestUsableBackup(file);
  const offer = backup ? `the backup ${backup} of ${backupDate(backup)}` : null;
  const again = `npm run cli -- restore --db "${file}" --force`;

  if (!fs.existsSync(file)) {
    if (!offer) throw new Error(`The database ${file} does not exist, and it has no backup to restore.`);
    if (!force) throw new Error(`The database ${file} does not exist. To put back ${offer}, run: ${again}`);
    restoreMissingDatabase(file);
    process.stdout.write(`restored ${file} from ${backup}\n`);
    return;
  }

  const healthy = passesIntegrityCheck(file);
  if (healthy && !force)
    throw new Error(
      `${file} is healthy (its integrity check passed), so nothing was restored. ` +
        (offer
          ? `With --force it would be kept aside as ${path.basename(file)}.replaced-<time> and replaced by ${offer}, without what was synced since then: ${again}`
          : 'It has no backup to restore either.'),
    );
  if (healthy && !backup) throw new Error(`${file} is healthy and has no usable backup to replace it with; nothing was changed.`);

  const { keptAs, restoredFrom } = recoverDamagedDatabase(file, new Date(), healthy ? 'replaced' : 'damaged');
  process.stdout.write(
    restoredFrom
      ? `restored ${file} from ${restoredFrom}; the previous file is kept as ${keptAs}\n`
      : `no usable backup: ${file} will start empty (sync again); the previous file is kept as ${keptAs}\n`,
  );
}
