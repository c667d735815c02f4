import { afterEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { importOutcomesJson } from '../../../../src/main/library/import-json';
import { schemaVersion } from '../../../../src/main/library/open-library';
import { silentLogger } from '../../../../src/main/platform/logger';
import { importSpendJson } from '../../../../src/main/spend/spend-service';
import { EMPTY_LEDGER, recordRead } from '../../../../src/main/x/costs';
import { libraryIn, post, tempDir, libraryAtVersion } from '../../../support/library-fixture';

const closers: Array<() => void> = [];
afterEach(() => closers.splice(0).forEach((c) => c()));
const open = (dir = tempDir()) => {
  const opened = libraryIn(dir);
  closers.push(() => opened.library.close());
  return opened;
};
const NOV_30 = Date.parse('2026-11-30T12:00:00Z');

describe('spend and outcomes in the library', () => {
  it('keeps the cost ledger and gives it back, billed sets included', () => {
    const dir = tempDir();
    const first = libraryIn(dir);
    let ledger = recordRead(EMPTY_LEDGER, {
      accountId: 'a1',
      at: NOV_30,
      owned: false,
      resources: [
        { type: 'post', id: '1' },
        { type: 'post', id: '2' },
        { type: 'user', id: '9' },
      ],
    });
    ledger = recordRead(ledger, {
      accountId: 'a2',
      at: NOV_30 - 86_400_000,
      owned: false,
      resources: [{ type: 'post', id: '3' }],
    });
    first.library.spend.saveLedger(ledger);
    first.library.close();
    const { library } = open(dir);
    const back = library.spend.loadLedger();
    expect(back.days).toEqual(ledger.days);
    expect(back.billed).toEqual(ledger.billed);
    expect(library.spend.dailySpend('2026-11-29', '2026-11-30', 'a1')).toMatchObject([
      { accountId: 'a1', day: '2026-11-30', postsRead: 2, usersRead: 1 },
    ]);
    expect(library.spend.dailySpend('2026-11-01', '2026-11-30').map((d) => d.accountId)).toEqual([
      'a2',
      'a1',
    ]);
  });

  it('joins spend, column reads and outcomes per day and account in one report', () => {
    const { library } = open();
    library.spend.saveLedger(
      recordRead(EMPTY_LEDGER, {
        accountId: 'a1',
        at: NOV_30,
        owned: false,
        resources: [{ type: 'post', id: '1' }],
      }),
    );
    library.spend.addColumnReads(
      '2026-11-30',
      { columnId: 'c1', deckId: 'd1', accountId: 'a1' },
      5,
    );
    library.spend.addColumnReads(
      '2026-11-30',
      { columnId: 'c2', deckId: 'd1', accountId: 'a1' },
      2,
    );
    library.spend.addOutcome('2026-11-30', 'a1', 'repliesSent', 1);
    library.spend.addOutcome('2026-11-30', 'a1', 'repliesSent', 1);
    library.spend.addOutcome('2026-11-29', 'a2', 'postsSent', 3);
    expect(library.spend.columnReads('2026-11-30', 'c1')).toBe(5);
    expect(library.spend.dayReport('2026-11-29', '2026-11-30')).toEqual([
      {
        day: '2026-11-29',
        accountId: 'a2',
        postsRead: 0,
        usersRead: 0,
        columnReads: 0,
        postsSent: 3,
        repliesSent: 0,
        postsSeen: 0,
      },
      {
        day: '2026-11-30',
        accountId: 'a1',
        postsRead: 1,
        usersRead: 0,
        columnReads: 7,
        postsSent: 0,
        repliesSent: 2,
        postsSeen: 0,
      },
    ]);
    expect(library.spend.outcomesByDay()['2026-11-30']).toEqual({
      postsSent: 0,
      repliesSent: 2,
      postsSeen: 0,
    });
  });

  it('imports spend.json and outcomes.json once, and sets them aside', () => {
    const dir = tempDir();
    const { library, clock } = open(dir);
    fs.writeFileSync(
      path.join(dir, 'spend.json'),
      JSON.stringify({
        days: {
          a1: {
            '2026-11-28': {
              postsRead: 40,
              usersRead: 2,
              listsRead: 0,
              owned: { posts: 0, users: 0, lists: 0 },
              writes: { postCreate: 1 },
            },
          },
        },
        billed: {},
      }),
    );
    fs.writeFileSync(
      path.join(dir, 'outcomes.json'),
      JSON.stringify({ '2026-11-28': { postsSent: 2, repliesSent: 0, postsSeen: 30 } }),
    );
    importSpendJson(path.join(dir, 'spend.json'), library.spend, clock, silentLogger);
    importOutcomesJson(path.join(dir, 'outcomes.json'), library.spend, silentLogger);
    expect(library.spend.dailySpend('2026-11-28', '2026-11-28')).toMatchObject([
      { accountId: 'a1', postsRead: 40, usersRead: 2, writes: { postCreate: 1, replySummoned: 0 } },
    ]);
    expect(library.spend.outcomesByDay()).toEqual({
      '2026-11-28': { postsSent: 2, repliesSent: 0, postsSeen: 30 },
    });
    expect(fs.existsSync(path.join(dir, 'spend.json'))).toBe(false);
    expect(fs.existsSync(path.join(dir, 'spend.json.imported'))).toBe(true);
    expect(fs.existsSync(path.join(dir, 'outcomes.json.imported'))).toBe(true);
  });
});

describe('migration 2 (spend and outcomes)', () => {
  it('upgrades a version-1 library holding posts, keeping them and their search', () => {
    const dir = tempDir();
    // A library as version 1 left it, with a post in it (written as version 1 wrote posts).
    const v1 = libraryAtVersion(dir, 1, NOV_30);
    const archived = post('archived before spend moved in, Quillorié');
    v1.db
      .prepare(
        `INSERT INTO posts (id, author_id, author_handle, author_name, created_at, lang, text, json,
           first_seen, last_seen) VALUES (?, '7', 'quillory', 'Quillory', 0, 'en', ?, ?, 0, 0)`,
      )
      .run(archived.id, archived.text, JSON.stringify({ ...archived, text: undefined }));
    v1.db
      .prepare(
        `INSERT INTO posts_fts (rowid, text, author_name, author_handle)
         SELECT seq, text, author_name, author_handle FROM posts`,
      )
      .run();
    expect(schemaVersion(v1.db)).toBe(1);
    v1.db.close();

    const { library } = open(dir);
    expect(schemaVersion(library.core.db)).toBeGreaterThanOrEqual(2);
    expect(library.archive.search({ words: ['quillorie'], phrases: [], from: [] }, 10).total).toBe(
      1,
    );
    expect(library.spend.dailySpend('2026-01-01', '2026-12-31')).toEqual([]);
    library.spend.addOutcome('2026-11-30', 'a1', 'postsSent', 1);
    expect(library.spend.outcomesByDay()).toEqual({
      '2026-11-30': { postsSent: 1, repliesSent: 0, postsSeen: 0 },
    });
  });
});
