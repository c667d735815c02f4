import { describe, expect, it } from 'vitest';
import { libraryAtVersion, libraryOpener, tempDir } from '../../../support/library-fixture';

/**
 * `column_state.read_up_to` (version 9): the newest post X gave a column, shown or hidden by its
 * filters, kept across restarts so that the column's first poll after a start asks only for what
 * is newer (src/main/columns/poller.ts).
 */
const libraries = libraryOpener();

describe("a column's read-up-to mark", () => {
  it('is kept across a restart beside its other marks, and goes when the column is forgotten', () => {
    const dir = tempDir();
    const first = libraries.open(dir);
    first.archive.setReadMarker('c1', '100');
    first.archive.setReadUpTo('c1', '120');
    first.archive.setReadUpTo('c1', '130');
    libraries.close(first);

    const again = libraries.open(dir);
    expect(again.archive.columnState('c1')).toEqual({ readMarker: '100', readUpTo: '130' });
    again.archive.forgetColumn('c1');
    expect(again.archive.columnState('c1')).toEqual({});
  });

  it('upgrades a version-8 library, keeping its columns’ marks, with no mark read yet', () => {
    const dir = tempDir();
    const old = libraryAtVersion(dir, 8, Date.parse('2026-11-30T12:00:00Z'));
    old.db
      .prepare('INSERT INTO column_state (column_id, read_marker, cleared_up_to) VALUES (?, ?, ?)')
      .run('c1', '100', '90');
    old.db.close();

    const library = libraries.open(dir);
    expect(library.archive.columnState('c1')).toEqual({ readMarker: '100', clearedUpTo: '90' });
    library.archive.setReadUpTo('c1', '140');
    expect(library.archive.columnState('c1')).toEqual({
      readMarker: '100',
      clearedUpTo: '90',
      readUpTo: '140',
    });
  });
});
