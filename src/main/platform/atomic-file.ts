import fs from 'node:fs';
import path from 'node:path';
import { writeFileSync } from 'atomically';

/**
 * The one way main replaces a file: a crash or a power cut leaves the old contents or the new,
 * never a torn mix. `atomically` (what conf, and so electron-store, writes with) writes a
 * temporary file beside it, fsyncs it and renames it over; then the directory is synced so
 * that the rename itself survives a power cut where the platform allows it (not on Windows).
 */
export function writeFileAtomic(file: string, data: string): void {
  let temp: string | undefined;
  try {
    writeFileSync(file, data, { fsync: true, encoding: 'utf8', tmpCreated: (p) => (temp = p) });
  } catch (e) {
    // atomically's sync write removes its temporary file with an async unlink after a failed
    // rename, so it can still be there when the caller looks (a loaded CI run saw it): removed
    // here, at once.
    if (temp !== undefined) fs.rmSync(temp, { force: true });
    throw e;
  }
  syncDirectory(path.dirname(file));
}

function syncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Best effort: the data itself is already synced.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
