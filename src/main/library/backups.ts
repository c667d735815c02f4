import fs from 'node:fs';
import path from 'node:path';
import type { OpenDriver, SqlDriver } from './driver';

/** How many daily backups are kept. */
export const BACKUPS_KEPT = 7;

const NAME = /^timedeck-(\d{4}-\d{2}-\d{2})\.db$/;

/** The backups in `dir`, newest first. */
export function listBackups(dir: string): Array<{ day: string; file: string }> {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .flatMap((n) => {
      const m = NAME.exec(n);
      return m ? [{ day: m[1]!, file: path.join(dir, n) }] : [];
    })
    .sort((a, b) => b.day.localeCompare(a.day));
}

/**
 * Today's backup (UTC day), unless there is one already: SQLite's online backup into a temporary
 * file, renamed when complete, so a backup on disk is always whole. Keeps the newest 7.
 * Returns the file written, or null when today's existed.
 */
export async function dailyBackup(
  db: SqlDriver,
  openDriver: OpenDriver,
  dir: string,
  now: number,
): Promise<string | null> {
  const day = new Date(now).toISOString().slice(0, 10);
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `timedeck-${day}.db`);
  if (fs.existsSync(file)) return null;
  const tmp = `${file}.partial`;
  fs.rmSync(tmp, { force: true });
  await db.backup(tmp);
  // A standalone file: a rollback journal, so that it opens read-only without a WAL beside it.
  const copy = openDriver(tmp);
  try {
    copy.exec('PRAGMA journal_mode = DELETE');
  } finally {
    copy.close();
  }
  fs.renameSync(tmp, file);
  for (const old of listBackups(dir).slice(BACKUPS_KEPT)) fs.rmSync(old.file, { force: true });
  return file;
}
