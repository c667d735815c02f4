import fs from 'node:fs';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { importColumnsCache } from '../../../../src/main/columns/column-archive';
import { silentLogger } from '../../../../src/main/platform/logger';
import { libraryIn, post, tempDir, user } from '../../../support/library-fixture';

const closers: Array<() => void> = [];
afterEach(() => closers.splice(0).forEach((c) => c()));

it('moves columns-cache.json into the archive once, with its markers, and sets the file aside', () => {
  const dir = tempDir();
  const file = path.join(dir, 'columns-cache.json');
  const a = post('cached in the old file', { authorId: '7' });
  const b = post('another cached one', { authorId: '7' });
  fs.writeFileSync(
    file,
    JSON.stringify({
      version: 1,
      columns: {
        c1: {
          batch: {
            columnId: 'c1',
            mode: 'replace',
            posts: [b, a],
            referenced: [],
            users: [user('7', 'quillory', 'Quillory')],
            media: [],
          },
          clearedUpTo: '1',
        },
      },
      readMarkers: { c1: a.id },
    }),
  );
  const { library, clock } = libraryIn(dir);
  closers.push(() => library.close());
  importColumnsCache(file, library.archive, clock.now(), silentLogger);

  expect(library.archive.columnPosts('c1', 10).posts.map((p) => p.id)).toEqual([b.id, a.id]);
  expect(library.archive.columnState('c1')).toEqual({ readMarker: a.id, clearedUpTo: '1' });
  expect(library.archive.search({ words: ['quillory'], phrases: [], from: [] }, 10).total).toBe(2);
  expect(fs.existsSync(file)).toBe(false);
  expect(fs.existsSync(`${file}.imported`)).toBe(true);

  // Once: a second start finds nothing to import.
  importColumnsCache(file, library.archive, clock.now(), silentLogger);
  expect(library.archive.count()).toBe(2);
});

it('sets a damaged cache aside without importing it', () => {
  const dir = tempDir();
  const file = path.join(dir, 'columns-cache.json');
  fs.writeFileSync(file, '{"version": 1, "colu');
  const { library, clock } = libraryIn(dir);
  closers.push(() => library.close());
  importColumnsCache(file, library.archive, clock.now(), silentLogger);
  expect(library.archive.count()).toBe(0);
  expect(fs.readFileSync(`${file}.imported`, 'utf8')).toBe('{"version": 1, "colu');
});
