import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openBetterSqlite } from '../../../../src/main/library/better-sqlite3-driver';
import { MIGRATIONS, LATEST_VERSION } from '../../../../src/main/library/migrations';
import { LibraryOpenError, schemaVersion } from '../../../../src/main/library/open-library';
import { libraryIn, post, tempDir, user, libraryAtVersion } from '../../../support/library-fixture';

const closers: Array<() => void> = [];
afterEach(() => closers.splice(0).forEach((c) => c()));

const open = (dir: string) => {
  const opened = libraryIn(dir);
  closers.push(() => opened.library.close());
  return opened;
};
const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('opening the library', () => {
  it('numbers its migrations 1, 2, 3… in order', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(LATEST_VERSION).toBe(MIGRATIONS.length);
  });

  it('creates timedeck.db at the latest version, in WAL with foreign keys and synchronous=FULL', () => {
    const dir = tempDir();
    const { library } = open(dir);
    const db = library.core.db;
    expect(fs.existsSync(path.join(dir, 'timedeck.db'))).toBe(true);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(db.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
    expect(db.prepare('PRAGMA foreign_keys').get()).toEqual({ foreign_keys: 1 });
    expect(db.prepare('PRAGMA synchronous').get()).toEqual({ synchronous: 2 });
  });

  it('keeps what was written across a close and a reopen', () => {
    const dir = tempDir();
    const first = libraryIn(dir);
    first.library.archive.add(
      { posts: [post('kept across restarts')], includes: { users: [], posts: [], media: [] } },
      null,
      first.clock.now(),
    );
    first.library.close();
    const { library } = open(dir);
    expect(library.archive.count()).toBe(1);
  });

  it('refuses a second Timedeck on the same data folder, with a message', () => {
    const dir = tempDir();
    open(dir);
    expect(() => libraryIn(dir)).toThrow(LibraryOpenError);
    expect(() => libraryIn(dir)).toThrow(/Another Timedeck is using .*timedeck\.db/);
  });

  it('refuses a file from a newer Timedeck and leaves it untouched', () => {
    const dir = tempDir();
    libraryIn(dir).library.close();
    const file = path.join(dir, 'timedeck.db');
    const db = openBetterSqlite(file);
    db.exec(`PRAGMA user_version = ${LATEST_VERSION + 1}`);
    db.close();
    const before = sha(file);
    expect(() => libraryIn(dir)).toThrow(
      /written by a newer Timedeck \(library version \d+; this one knows up to \d+\)/,
    );
    expect(sha(file)).toBe(before);
  });

  it('sets a damaged file aside (never deleting it) and restores the newest good backup', async () => {
    const dir = tempDir();
    const first = libraryIn(dir);
    first.library.archive.add(
      {
        posts: [post('in the backup', { authorId: '7' })],
        includes: { users: [user('7', 'quillory', 'Quillory')], posts: [], media: [] },
      },
      null,
      first.clock.now(),
    );
    await first.library.start(); // today's backup
    first.library.archive.add(
      { posts: [post('after the backup')], includes: { users: [], posts: [], media: [] } },
      null,
      first.clock.now(),
    );
    first.library.close();

    const file = path.join(dir, 'timedeck.db');
    const damaged = fs.readFileSync(file);
    damaged.fill(0x5a, 0, 100); // the header: SQLite no longer knows the file
    fs.writeFileSync(file, damaged);

    const { library } = open(dir);
    expect(library.notices).toEqual([
      {
        level: 'warning',
        message: expect.stringMatching(
          /damaged\. It was set aside as timedeck\.db\.damaged-.* and the backup of 2026-11-30 restored: posts archived and spend counted after that day are lost\./,
        ),
      },
    ]);
    expect(library.archive.search({ words: ['backup'], phrases: [], from: [] }, 10).total).toBe(1);
    expect(library.archive.count()).toBe(1);
    const aside = fs.readdirSync(dir).filter((n) => n.startsWith('timedeck.db.damaged-'));
    expect(aside).toHaveLength(1);
    expect(fs.readFileSync(path.join(dir, aside[0]!))).toEqual(damaged);
  });

  it('starts an empty library, and says so, when a damaged file has no good backup', () => {
    const dir = tempDir();
    fs.writeFileSync(
      path.join(dir, 'timedeck.db'),
      'this is not a database, but it is 100 bytes long.'.repeat(3),
    );
    const { library } = open(dir);
    expect(library.notices[0]?.message).toMatch(/no good backup was found/);
    expect(library.archive.count()).toBe(0);
    expect(fs.readdirSync(dir).some((n) => n.startsWith('timedeck.db.damaged-'))).toBe(true);
  });

  it('keeps seven daily backups', async () => {
    const dir = tempDir();
    const { library, clock } = open(dir);
    for (let day = 0; day < 9; day++) {
      await library.start();
      clock.advance(86_400_000);
    }
    const backups = fs.readdirSync(path.join(dir, 'library-backups'));
    expect(backups.filter((n) => n.endsWith('.db'))).toHaveLength(7);
    expect(backups).toContain('timedeck-2026-12-08.db');
    expect(backups).not.toContain('timedeck-2026-12-01.db');
  });
});

describe('migrations', () => {
  it('migration 1 creates the archive from an empty file', () => {
    const dir = tempDir();
    const opened = libraryAtVersion(dir, 1, 0);
    expect(schemaVersion(opened.db)).toBe(1);
    const tables = opened.db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .all()
      .map((r) => r.name);
    expect(tables).toEqual(
      expect.arrayContaining(['posts', 'posts_fts', 'post_sources', 'people']),
    );
    opened.db.close();
  });
});
