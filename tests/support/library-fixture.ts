import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { openBetterSqlite } from '../../src/main/library/better-sqlite3-driver';
import { openLibrary, type Library } from '../../src/main/library/library';
import { MIGRATIONS } from '../../src/main/library/migrations';
import { openLibraryDb } from '../../src/main/library/open-library';
import { silentLogger } from '../../src/main/platform/logger';
import { FakeClock } from '../../src/shared/time/clock';
import { parseArchiveQuery, type ArchiveQuery } from '../../src/shared/search/archive-query';
import type { Post, XUser } from '../../src/shared/x/types';

export const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'timedeck-library-'));

/** A library on a real file in `dir`, on a fake clock; `troubles` records what the user is told. */
export function libraryIn(dir: string, clock = new FakeClock(Date.parse('2026-11-30T12:00:00Z'))) {
  const troubles: Array<string | null> = [];
  const library = openLibrary({
    dir,
    openDriver: openBetterSqlite,
    clock,
    log: silentLogger,
    onTrouble: (m) => troubles.push(m),
  });
  return { library, clock, troubles };
}

/**
 * Libraries on real files for one test file, each closed after its test (the afterEach is
 * registered here); `close` closes one at once, for a restart within a test.
 */
export function libraryOpener() {
  const opened: Library[] = [];
  afterEach(() => opened.splice(0).forEach((library) => library.close()));
  return {
    open(dir = tempDir()): Library {
      const { library } = libraryIn(dir);
      opened.push(library);
      return library;
    },
    close(library: Library) {
      opened.splice(opened.indexOf(library), 1);
      library.close();
    },
  };
}

/** A library file at an older schema version, as that version wrote it: migration tests start here. */
export const libraryAtVersion = (dir: string, version: number, now: number) =>
  openLibraryDb({
    dir,
    openDriver: openBetterSqlite,
    now,
    migrations: MIGRATIONS.filter((m) => m.version <= version),
  });

export const user = (id: string, username: string, name: string): XUser => ({ id, username, name });

let next = 1_000_000;
export function post(text: string, over: Partial<Post> = {}): Post {
  next += 1;
  return {
    id: String(1_860_000_000_000_000_000n + BigInt(next)),
    text,
    createdAt: '2026-11-20T10:00:00.000Z',
    authorId: '11',
    referenced: [],
    entities: { mentions: [], hashtags: [], cashtags: [], urls: [] },
    mediaKeys: [],
    lang: 'en',
    ...over,
  };
}

/** What an Archive column sends for `text`; a test's query that cannot parse is a broken test. */
export function archiveQuery(text: string): ArchiveQuery {
  const parsed = parseArchiveQuery(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.query;
}
