// Which files an export may replace. A save is a rename over the target, and a rename replaces
// whatever has that name: run as root, `--out /dev/null` once swapped the system's null device for a
// CSV. So only a regular file (or no file) is replaced; anything else keeps its name and the export fails.
import fs from 'node:fs/promises';
import { ExportError } from './export-error';

/** Throws an ExportError naming `file` when something other than a regular file has its name. */
export async function assertReplaceable(file: string): Promise<void> {
  const stat = await fs.lstat(file).catch((error: NodeJS.ErrnoException) => {
    // Nothing there (or a folder on the way is missing, which the write itself names): nothing to protect.
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return null;
    throw new ExportError(`${file} could not be checked before writing (${error.message}); nothing was changed.`, file, error.code, { cause: error });
  });
  if (!stat || stat.isFile()) return;
  if (stat.isDirectory()) throw new ExportError(`${file} is a folder, not a file. Choose another file name.`, file, 'EISDIR');
  // A link is refused even when it points at a regular file: replacing it would break the link, and
  // writing through it would put the export wherever the link points.
  const what = stat.isSymbolicLink()
    ? `a symbolic link (to ${await fs.readlink(file).catch(() => 'somewhere else')})`
    : stat.isFIFO()
      ? 'a named pipe'
      : stat.isCharacterDevice() || stat.isBlockDevice()
        ? 'a device'
        : stat.isSocket()
          ? 'a socket'
          : 'a special file';
  throw new ExportError(
    `${file} is ${what}, not a regular file: Creator Studio only replaces regular files, so it left it as it was. Choose another file name.`,
    file,
    'ENOTREG',
  );
}
