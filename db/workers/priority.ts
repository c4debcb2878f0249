// A thread at the lowest CPU priority reads on what the rest of the process leaves of the cores.
import fs from 'node:fs';
import os from 'node:os';

/**
 * Sets the calling thread's nice value to 19 on Linux, where a nice value belongs to one thread (its
 * id is the last part of /proc/thread-self), so the process's other threads keep theirs. Elsewhere a
 * priority is the whole process's, and this does nothing.
 */
export function lowerThisThread(): void {
  if (process.platform !== 'linux') return;
  try {
    const tid = Number(fs.readlinkSync('/proc/thread-self').split('/').pop());
    os.setPriority(tid, 19);
  } catch {
    // No /proc (a sandbox): the thread runs at the process's priority, which costs speed, not answers.
  }
}
