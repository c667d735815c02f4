import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * A fresh folder for a bench's data. In memory (tmpfs) where the system has one: the services
 * fsync their files, and a simulated day of disk syncs would time the disk, not Timedeck.
 */
export function scratchDir(prefix: string): string {
  const base = fs.existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir();
  return fs.mkdtempSync(path.join(base, `timedeck-bench-${prefix}-`));
}
