// Exports being written by this process right now. Updates wait for them (electron/core/updates.ts):
// an installer that quits the app mid-export would leave the creator without the file they asked for.
let writing = 0;

/** Runs one export's disk writes, counted while they run (failures included). */
export async function whileExporting<T>(write: () => Promise<T>): Promise<T> {
  writing++;
  try {
    return await write();
  } finally {
    writing--;
  }
}

export const exportsWriting = (): number => writing;
