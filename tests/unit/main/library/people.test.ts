import { describe, expect, it } from 'vitest';
import { openBetterSqlite } from '../../../../src/main/library/better-sqlite3-driver';
import type { NewOutcome } from '../../../../src/main/library/people';
import { schemaVersion } from '../../../../src/main/library/open-library';
import {
  post,
  tempDir,
  user,
  libraryOpener,
  libraryAtVersion,
} from '../../../support/library-fixture';

const { open, close } = libraryOpener();

const T = Date.parse('2026-11-30T12:00:00Z');
const BRAND = '900';
const sale = (over: Partial<NewOutcome> = {}): NewOutcome => ({
  at: T,
  kind: 'sale',
  valueMinor: 4800,
  currency: 'GBP',
  note: 'two notebooks',
  personId: '11',
  postId: null,
  conversationKey: null,
  deckId: 'd1',
  accountId: BRAND,
  ...over,
});

function withMira(dir = tempDir()) {
  const lib = open(dir);
  const question = post('@quillory do you ship to Lyon?', { authorId: '11' });
  const reply = post('@mira_b yes, 3 days', { authorId: BRAND, inReplyToUserId: '11' });
  lib.archive.add(
    {
      posts: [question, reply],
      includes: {
        users: [
          { ...user('11', 'mira_b', 'Mira B'), description: 'Buys paper for her café' },
          user(BRAND, 'quillory', 'Quillory'),
        ],
        posts: [],
        media: [],
      },
    },
    { columnId: 'c1', accountId: BRAND },
    T,
  );
  return { lib, question, reply, dir };
}

describe('library.people', () => {
  it('records authors as posts arrive, with bio, and finds them by name, handle, bio and tag', () => {
    const { lib } = withMira();
    expect(lib.people.person('11')).toMatchObject({
      username: 'mira_b',
      name: 'Mira B',
      bio: 'Buys paper for her café',
      lastSeen: T,
      tagIds: [],
    });
    expect(lib.people.list({ search: '@MIRA' }).map((p) => p.id)).toEqual(['11']);
    expect(lib.people.list({ search: 'café' }).map((p) => p.id)).toEqual(['11']);
    expect(lib.people.list({ search: '%' })).toEqual([]);
    expect(lib.people.list({ tagId: 'lead' })).toEqual([]);
    lib.people.setTagged('11', 'lead', true, T);
    lib.people.setTagged('11', 'lead', true, T);
    expect(lib.people.list({ tagId: 'lead' }).map((p) => p.id)).toEqual(['11']);
    expect(lib.people.tagsByPerson(['11', BRAND])).toEqual({ '11': ['lead'] });
    lib.people.setTagged('11', 'lead', false, T);
    expect(lib.people.allTagged()).toEqual({});
  });

  it('starts with the default tags and keeps an edited list across a reopen', () => {
    const dir = tempDir();
    const lib = open(dir);
    expect(lib.people.tags().map((t) => t.name)).toEqual([
      'lead',
      'customer',
      'wholesale',
      'supplier',
      'press',
      'peer',
      'friend',
    ]);
    const stockist = lib.people.createTag('Stockists', '#112233', T);
    expect(stockist.id).toBe('stockists');
    expect(lib.people.createTag('stockists!', '#112233', T).id).toBe('stockists-2');
    lib.people.updateTag('press', { name: 'journalist', color: '#000000' }, T);
    lib.people.setTagged('11', 'peer', true, T);
    lib.people.removeTag('peer');
    close(lib);
    const again = open(dir);
    expect(again.people.tags().map((t) => t.name)).toContain('journalist');
    expect(again.people.tags().map((t) => t.id)).not.toContain('peer');
    expect(again.people.tagNamed('STOCKISTS')?.id).toBe('stockists');
    expect(again.people.allTagged()).toEqual({});
  });

  it('keeps timestamped notes, newest first, and edits and removes them', () => {
    const { lib } = withMira();
    const first = lib.people.addNote('11', 'Met at the Lyon fair', T);
    const second = lib.people.addNote('11', 'Wants <b>recycled</b> paper', T + 1000);
    expect(lib.people.notesOf('11').map((n) => n.text)).toEqual([
      'Wants <b>recycled</b> paper',
      'Met at the Lyon fair',
    ]);
    expect(lib.people.updateNote(first.id, 'Met at the Paris fair', T + 2000)).toBe(true);
    expect(lib.people.notesOf('11')[1]).toMatchObject({ createdAt: T, updatedAt: T + 2000 });
    expect(lib.people.removeNote(second.id)).toBe(true);
    expect(lib.people.removeNote(second.id)).toBe(false);
    expect(lib.people.notesOf('11')).toHaveLength(1);
  });

  it('gives both accounts’ history: posts seen, replies sent, conversations', () => {
    const { lib, question, reply } = withMira();
    expect(lib.people.postsSeen('11', 20)).toEqual({
      posts: [{ id: question.id, text: question.text, createdAt: Date.parse(question.createdAt) }],
      count: 1,
    });
    expect(lib.people.repliesTo('11', [BRAND, '901'], 20)).toMatchObject({
      posts: [{ id: reply.id, accountId: BRAND }],
      count: 1,
    });
    expect(lib.people.repliesTo('11', [], 20).count).toBe(0);
    expect(lib.people.conversationsWith('11')).toEqual([]);
  });

  it('logs outcomes and finds them by person and by time', () => {
    const { lib } = withMira();
    const logged = lib.people.addOutcome(sale(), T);
    lib.people.addOutcome(
      sale({ kind: 'call_booked', valueMinor: null, currency: null, personId: null, at: T + 5 }),
      T,
    );
    expect(logged).toMatchObject({
      kind: 'sale',
      valueMinor: 4800,
      currency: 'GBP',
      personId: '11',
    });
    expect(lib.people.outcomesOf('11')).toHaveLength(1);
    expect(lib.people.outcomesBetween(T, T + 6).map((o) => o.kind)).toEqual([
      'sale',
      'call_booked',
    ]);
    expect(lib.people.outcomesBetween(T + 1, T + 5)).toEqual([]);
    expect(lib.people.removeOutcome(logged.id)).toBe(true);
    expect(lib.people.outcomesOf('11')).toEqual([]);
  });

  it('deletes a person and everything about them; their posts stay as posts, sales as figures', () => {
    const { lib, question, dir } = withMira();
    lib.people.setTagged('11', 'customer', true, T);
    lib.people.addNote('11', 'Her daughter is called Ana', T);
    lib.people.addOutcome(sale({ postId: question.id, note: 'for Ana' }), T);
    lib.people.addOutcome(sale({ personId: '12', note: 'someone else' }), T);
    expect(lib.people.deletePerson('11')).toBe(true);
    expect(lib.people.person('11')).toBeNull();
    expect(lib.people.notesOf('11')).toEqual([]);
    expect(lib.people.allTagged()).toEqual({});
    expect(lib.people.outcomesOf('11')).toEqual([]);
    const left = lib.people.outcomesBetween(0, T + 1);
    expect(left.map((o) => [o.personId, o.postId, o.note, o.valueMinor])).toEqual([
      [null, null, '', 4800],
      ['12', null, 'someone else', 4800],
    ]);
    expect(lib.archive.search({ words: ['lyon'], phrases: [], from: [] }, 10).total).toBe(1);
    expect(lib.people.deletePerson('11')).toBe(false);
    // Nothing of the note is left in the file's live pages.
    close(lib);
    const raw = openBetterSqlite(`${dir}/timedeck.db`);
    expect(
      raw.prepare("SELECT count(*) AS n FROM person_notes WHERE text LIKE '%Ana%'").get()!.n,
    ).toBe(0);
    raw.close();
  });

  it('remembers the owner’s class for their own posts', () => {
    const lib = open();
    lib.people.setPostClass('5', BRAND, 'social', T);
    lib.people.setPostClass('6', BRAND, 'promotional', T);
    lib.people.setPostClass('6', BRAND, 'support', T);
    expect(lib.people.postClassOverrides(['5', '6', '7'])).toEqual({
      '5': 'social',
      '6': 'support',
    });
    lib.people.setPostClass('5', BRAND, null, T);
    expect(lib.people.postClassOverrides(['5'])).toEqual({});
  });
});

describe('migration 5 (people and outcomes)', () => {
  it('upgrades a version-3 library with posts, people and conversations, keeping them', () => {
    const dir = tempDir();
    const v3 = libraryAtVersion(dir, 3, T);
    v3.db
      .prepare(
        `INSERT INTO people (id, username, name, json, updated_at) VALUES ('11', 'mira_b', 'Mira B', ?, ?)`,
      )
      .run(JSON.stringify(user('11', 'mira_b', 'Mira B')), T);
    v3.db
      .prepare(
        `INSERT INTO inbox_conversations (key, conversation_id, customer_id, customer_username,
          brand_id, via, source_column_id, summoned, state, snoozed_until, state_since, opened_at,
          first_response_at, done_at, last_customer_post_at, last_post_id, last_post_text,
          created_at, updated_at)
         VALUES ('5:11', '5', '11', 'mira_b', '${BRAND}', 'mention', 'c1', 1, 'open', NULL, ?, ?,
          NULL, NULL, ?, '5', 'where is my order', ?, ?)`,
      )
      .run(T, T, T, T, T);
    v3.db
      .prepare(
        `INSERT INTO day_outcomes (day, account_id, kind, count) VALUES ('2026-11-29', ?, 'repliesSent', 4)`,
      )
      .run(BRAND);
    expect(schemaVersion(v3.db)).toBe(3);
    v3.db.close();

    const lib = open(dir);
    expect(schemaVersion(lib.core.db)).toBeGreaterThanOrEqual(5);
    expect(lib.people.person('11')?.username).toBe('mira_b');
    expect(lib.people.conversationsWith('11')).toEqual([
      {
        key: '5:11',
        brandId: BRAND,
        state: 'open',
        lastPostText: 'where is my order',
        openedAt: T,
      },
    ]);
    expect(lib.spend.outcomesByDay()['2026-11-29']?.repliesSent).toBe(4);
    expect(lib.people.tags()).toHaveLength(7);
    lib.people.setTagged('11', 'customer', true, T);
    expect(lib.people.person('11')?.tagIds).toEqual(['customer']);
  });
});
