import { describe, expect, it } from 'vitest';
import type { StoredConversation } from '../../../../src/main/library/inbox';
import { schemaVersion } from '../../../../src/main/library/open-library';
import {
  applyEvent,
  DEFAULT_AUTO_DONE_AFTER_MS,
  openConversation,
} from '../../../../src/shared/inbox/conversation-state';
import {
  libraryIn,
  tempDir,
  libraryOpener,
  libraryAtVersion,
} from '../../../support/library-fixture';

const { open } = libraryOpener();

const T = Date.parse('2026-11-30T12:00:00Z');
const MIN = 60_000;

const conversation = (over: Partial<StoredConversation> = {}): StoredConversation => ({
  key: 'c1:u1',
  conversationId: 'c1',
  customerId: 'u1',
  customerUsername: 'mira',
  brandId: 'b1',
  via: 'mention',
  sourceColumnId: 'col-mentions',
  summoned: true,
  lastPostId: 'p1',
  lastPostText: '@quillory my order <b>never</b> came',
  life: openConversation(T, 'p1'),
  ...over,
});

describe('library.inbox', () => {
  it('keeps a conversation, its history as rows and its posts across a reopen of the file', () => {
    const dir = tempDir();
    const first = libraryIn(dir).library;
    const c = conversation();
    first.inbox.save(c, T);
    first.inbox.addPost(c.key, 'p1', T, true);
    let life = applyEvent(c.life, { type: 'replySent', at: T + 10 * MIN, postId: 'r1' });
    first.inbox.save({ ...c, life }, T + 10 * MIN);
    first.inbox.addPost(c.key, 'r1', T + 10 * MIN, false);
    life = applyEvent(life, { type: 'customerPost', at: T + 60 * MIN, postId: 'p2' });
    first.inbox.save({ ...c, lastPostId: 'p2', lastPostText: 'thanks!', life }, T + 60 * MIN);
    first.inbox.addPost(c.key, 'p2', T + 60 * MIN, true);
    first.close();

    const lib = open(dir);
    const kept = lib.inbox.get(c.key)!;
    expect(kept.life).toEqual(life);
    expect(kept.life.history.map((h) => [h.from, h.to, h.cause])).toEqual([
      ['open', 'open', 'customer'],
      ['open', 'waiting', 'reply'],
      ['waiting', 'open', 'customer'],
    ]);
    expect(kept.lastPostText).toBe('thanks!');
    expect(lib.inbox.keyOfPost('r1')).toBe(c.key);
    expect(lib.inbox.keyOfPost('nope')).toBeNull();
    expect(lib.inbox.postsOf(c.key).map((p) => [p.postId, p.fromCustomer])).toEqual([
      ['p1', true],
      ['r1', false],
      ['p2', true],
    ]);
    expect(lib.inbox.counts()).toEqual({ open: 1, waiting: 0, snoozed: 0, done: 0 });
  });

  it('lists the longest-waiting first, and finds the next timed change and what is due', () => {
    const lib = open();
    lib.inbox.save(conversation({ key: 'new:u', life: openConversation(T + 5 * MIN, 'x') }), T);
    lib.inbox.save(conversation({ key: 'old:u', life: openConversation(T, 'y') }), T);
    const waiting = applyEvent(openConversation(T, 'z'), { type: 'replySent', at: T + MIN });
    lib.inbox.save(conversation({ key: 'w:u', life: waiting }), T);
    const snoozed = applyEvent(openConversation(T, 's'), {
      type: 'snooze',
      at: T,
      until: T + 3 * 3_600_000,
    });
    lib.inbox.save(conversation({ key: 's:u', life: snoozed }), T);

    expect(lib.inbox.list('open').map((c) => c.key)).toEqual(['old:u', 'new:u']);
    expect(lib.inbox.nextTimedChange(DEFAULT_AUTO_DONE_AFTER_MS)).toBe(T + 3 * 3_600_000);
    expect(lib.inbox.due(T + 3 * 3_600_000 - 1, DEFAULT_AUTO_DONE_AFTER_MS)).toEqual([]);
    expect(lib.inbox.due(T + 3 * 3_600_000, DEFAULT_AUTO_DONE_AFTER_MS).map((c) => c.key)).toEqual([
      's:u',
    ]);
    const all = lib.inbox.due(T + MIN + DEFAULT_AUTO_DONE_AFTER_MS, DEFAULT_AUTO_DONE_AFTER_MS);
    expect(all.map((c) => c.key).sort()).toEqual(['s:u', 'w:u']);
  });
});

describe('migration 3 (inbox conversations)', () => {
  it('upgrades a version-2 library holding spend, keeping it, with an empty inbox', () => {
    const dir = tempDir();
    const v2 = libraryAtVersion(dir, 2, T);
    v2.db
      .prepare(
        `INSERT INTO day_outcomes (day, account_id, kind, count) VALUES ('2026-11-29', 'a1', 'repliesSent', 4)`,
      )
      .run();
    expect(schemaVersion(v2.db)).toBe(2);
    v2.db.close();

    const lib = open(dir);
    expect(schemaVersion(lib.core.db)).toBeGreaterThanOrEqual(3);
    expect(lib.spend.outcomesByDay()['2026-11-29']?.repliesSent).toBe(4);
    expect(lib.inbox.list()).toEqual([]);
    lib.inbox.save(conversation(), T);
    expect(lib.inbox.get('c1:u1')?.life.state).toBe('open');
  });
});
