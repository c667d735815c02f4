import fs from 'node:fs';
import path from 'node:path';
import { sqliteCode, type OpenDriver, type SqlDriver } from './driver';
import { listBackups } from './backups';
import { LATEST_VERSION, MIGRATIONS } from './migrations';
import type { Migration } from './migrations/types';

export const LIBRARY_FILE = 'timedeck.db';

/** Why the library cannot be opened at all: the host says so and stops, touching nothing. */
export class LibraryOpenError extends Error {
  constructor(
    readonly kind: 'locked' | 'too-new',
    message: string,
  ) {
    super(message);
    this.name = 'LibraryOpenError';
  }
}

export interface LibraryNotice {
  level: 'info' | 'warning' | 'error';
  message: string;
}

export interface OpenedLibrary {
  db: SqlDriver;
  file: string;
  /** What the user must hear about the opening (a damaged file set aside, a backup restored). */
  notices: LibraryNotice[];
}

class Damaged extends Error {}

const isDamage = (e: unknown) => {
  const code = sqliteCode(e);
  return code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB';
};

/** The schema version written in the file's header (0 for a new file). */
export const schemaVersion = (db: SqlDriver): number =>
  Number(db.prepare('PRAGMA user_version').get()?.user_version ?? 0);

/** Whether SQLite finds the file sound: its quick integrity check (every page, no index rebuild). */
function checkIntegrity(db: SqlDriver): boolean {
  const rows = db.prepare('PRAGMA quick_check').all();
  return rows.length === 1 && Object.values(rows[0]!)[0] === 'ok';
}

/**
 * Opens the file as the only connection: exclusive locking (a second Timedeck on the same data
 * folder is refused at once), WAL, synchronous=FULL (a commit is on disk before it returns),
 * foreign keys on. A damaged file throws Damaged.
 */
function openExclusive(openDriver: OpenDriver, file: string): SqlDriver {
  let db: SqlDriver;
  try {
    db = openDriver(file);
  } catch (e) {
    if (isDamage(e)) throw new Damaged(String(e));
    throw e;
  }
  try {
    db.exec('PRAGMA locking_mode = EXCLUSIVE');
    db.exec('PRAGMA journal_mode = WAL');
    // Take the lock now, rather than at the first write.
    db.exec('BEGIN IMMEDIATE; COMMIT');
    if (!checkIntegrity(db)) throw new Damaged('the integrity check failed');
    db.exec('PRAGMA synchronous = FULL');
    db.exec('PRAGMA foreign_keys = ON');
    db.exec('PRAGMA temp_store = MEMORY');
    return db;
  } catch (e) {
    try {
      db.close();
    } catch {
      // closing a damaged or locked file may fail too; it is set aside or refused below
    }
    const code = sqliteCode(e);
    if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
      throw new LibraryOpenError(
        'locked',
        `Another Timedeck is using ${file}. Close it first, or start this one with another data folder.`,
      );
    }
    if (e instanceof Damaged || isDamage(e)) throw new Damaged(String(e));
    throw e;
  }
}

/** Moves the damaged file (and its WAL) aside under a dated name. Never deletes it. */
function setAside(file: string, now: number): string {
  const stamp = new Date(now).toISOString().replace(/[:.]/g, '-');
  const aside = `${file}.damaged-${stamp}`;
  for (const suffix of ['', '-wal', '-shm', '-journal']) {
    if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, aside + suffix);
  }
  return aside;
}

/** The newest backup that opens, passes the integrity check and is not from a newer Timedeck. */
function newestGoodBackup(openDriver: OpenDriver, dir: string, latest: number) {
  for (const backup of listBackups(dir)) {
    try {
      const db = openDriver(backup.file, { readonly: true });
      try {
        if (checkIntegrity(db) && schemaVersion(db) <= latest) return backup;
      } finally {
        db.close();
      }
    } catch {
      // a damaged backup: try the one before it
    }
  }
  return undefined;
}

function migrate(db: SqlDriver, migrations: readonly Migration[]) {
  const from = schemaVersion(db);
  for (const m of migrations.filter((x) => x.version > from)) {
    db.exec('BEGIN IMMEDIATE');
    try {
      m.up(db);
      db.exec(`PRAGMA user_version = ${m.version}`);
      db.exec('COMMIT');
    } catch (e) {
      db.exec('ROLLBACK');
      throw new Error(`The library's migration ${m.version} (${m.name}) failed: ${String(e)}`, {
        cause: e,
      });
    }
  }
}

/**
 * Opens timedeck.db in `dir`: refuses a file another Timedeck holds or a newer Timedeck wrote
 * (untouched), sets a damaged one aside and restores the newest good backup (telling the user
 * what was lost), then brings the schema up to date, one numbered migration at a time.
 */
export function openLibraryDb(options: {
  dir: string;
  openDriver: OpenDriver;
  now: number;
  /** Tests open at an older schema to test the next migration from it. */
  migrations?: readonly Migration[];
}): OpenedLibrary {
  const migrations = options.migrations ?? MIGRATIONS;
  const latest = options.migrations ? (migrations.at(-1)?.version ?? 0) : LATEST_VERSION;
  const file = path.join(options.dir, LIBRARY_FILE);
  const notices: LibraryNotice[] = [];
  fs.mkdirSync(options.dir, { recursive: true });

  let db: SqlDriver;
  try {
    db = openExclusive(options.openDriver, file);
  } catch (e) {
    if (!(e instanceof Damaged)) throw e;
    const aside = setAside(file, options.now);
    const backup = newestGoodBackup(options.openDriver, backupsDir(options.dir), latest);
    if (backup) {
      fs.copyFileSync(backup.file, file);
      notices.push({
        level: 'warning',
        message: `The library (${LIBRARY_FILE}) was damaged. It was set aside as ${path.basename(aside)} and the backup of ${backup.day} restored: posts archived and spend counted after that day are lost.`,
      });
    } else {
      notices.push({
        level: 'warning',
        message: `The library (${LIBRARY_FILE}) was damaged and no good backup was found. It was set aside as ${path.basename(aside)}; Timedeck started a new, empty library.`,
      });
    }
    db = openExclusive(options.openDriver, file);
  }

  const version = schemaVersion(db);
  if (version > latest) {
    db.close();
    throw new LibraryOpenError(
      'too-new',
      `${file} was written by a newer Timedeck (library version ${version}; this one knows up to ${latest}). Update Timedeck to open it; the file was left as it is.`,
    );
  }
  migrate(db, migrations);
  return { db, file, notices };
}

export const backupsDir = (dir: string) => path.join(dir, 'library-backups');
