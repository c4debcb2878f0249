// The one error an export's file system failures become: a message a creator can act on, naming the
// file or folder, and the system's code for the tests and the API to tell cases apart.
import path from 'node:path';

export class ExportError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly code?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ExportError';
  }
}

/** A message a creator can act on, naming the file or folder. */
export function asExportError(error: unknown, file: string): ExportError {
  if (error instanceof ExportError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const folder = path.dirname(file);
  const detail = error instanceof Error ? error.message : String(error);
  let message: string;
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      message = `The disk is full: ${file} was not written; nothing else changed.`;
      break;
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      message = `Creator Studio may not write to ${folder} (permission denied). Choose another folder.`;
      break;
    case 'ENOENT':
    case 'ENOTDIR':
      message = `The folder ${folder} does not exist. Choose another folder.`;
      break;
    case 'EISDIR':
      message = `${file} is a folder, not a file. Choose another file name.`;
      break;
    case 'EBUSY':
      message = `${file} is in use by another program. Close it and try again; nothing was changed.`;
      break;
    default:
      message = `${file} was not written (${detail}); nothing else changed.`;
  }
  return new ExportError(message, file, code, { cause: error });
}
