import { describe, expect, it } from 'vitest';
import type { StoredConversation } from '../../../../src/main/library/inbox';
import { LATEST_VERSION } from '../../../../src/main/library/migrations';
import { schemaVersion } from '../../../../src/main/library/open-library';
import { openConversation } from '../../../../src/shared/inbox/conversation-state';
import { costsByConversation } from '../../../../src/shared/inbox/cost';
import { DEFAULT_PRICES } from '../../../../src/shared/x/prices';
import {
  libraryIn,
  tempDir,
  libraryOpener,
  libraryAtVersion,
} from '../../../support/library-fixture';

const { open } = libraryOpener();

const T = Date.parse('2026-11-30T12:00:00Z');
const DAY = 86_400_000;
const MIN = 60_000;

const conversation = (over: Partial<StoredConversation> = {}): StoredConversation => ({
  key: '100:7',
  conversationId: '100',
  customerId: '7',
  customerUsername: 'mira',
  brandId: '900',
  via: 'mention',
  sourceColumnId: 'col-mentions',
  summoned: true,
  lastPostId: '100',
  lastPostText: '@quillory where is my order?',
  life: openConversation(T, '100'),
  ...over,
});

describe('spend records per post and attention, joined into cost per conversation', () => {
  it('prices a conversation’s billed posts, its replies and the owner’s time, across a reopen', () => {
    const dir = tempDir();
    const first = libraryIn(dir).library;
    const c = conversation();
    first.inbox.save(c, T);
    first.inbox.addPost(c.key, '100', T, true);
    // Read by the Mentions column (an owned read) and, the same day, by a search: billed once.
    first.spend.addPostReads({ accountId: '900', at: T, owned: true, postIds: ['100', '555'] });
    first.spend.addPostReads({ accountId: '900', at: T + MIN, owned: false, postIds: ['100'] });
    // The reply sent, and the customer's answer read the next day.
    first.spend.addPostWrite({
      accountId: '900',
      at: T + 5 * MIN,
      kind: 'replySummoned',
      postId: '101',
    });
    first.inbox.addPost(c.key, '101', T + 5 * MIN, false);
    first.spend.addPostReads({ accountId: '900', at: T + DAY, owned: true, postIds: ['102'] });
    first.inbox.addPost(c.key, '102', T + DAY, true);
    first.inbox.addAttention(c.key, T, 90_000);
    first.inbox.addAttention(c.key, T, 30_000);
    // Time on a conversation the library does not hold is not kept.
    first.inbox.addAttention('404:7', T, 60_000);
    first.close();

    const lib = open(dir);
    expect(lib.spend.postReads('100')).toEqual([
      { day: '2026-11-30', accountId: '900', owned: true },
    ]);
    const records = lib.inbox.costRecords();
    expect(records.reads).toHaveLength(2);
    expect(records.writes).toEqual([{ key: c.key, at: T + 5 * MIN, kind: 'replySummoned' }]);
    expect(records.attention).toEqual([{ key: c.key, at: T, ms: 120_000 }]);
    // $0.001 + $0.001 (owned reads) + $0.010 (the summoned reply)
    expect(costsByConversation(records, DEFAULT_PRICES).get(c.key)).toEqual({
      postsRead: 2,
      dollars: 0.012,
      attentionMs: 2 * MIN,
    });
  });

  it('a post billed before it joined a conversation still counts for it', () => {
    const lib = open();
    lib.spend.addPostReads({ accountId: '900', at: T, owned: false, postIds: ['100'] });
    lib.inbox.save(conversation(), T + MIN);
    lib.inbox.addPost('100:7', '100', T, true);
    expect(costsByConversation(lib.inbox.costRecords(), DEFAULT_PRICES).get('100:7')).toEqual({
      postsRead: 1,
      dollars: 0.005,
      attentionMs: 0,
    });
  });

  it('forgets bills of posts in no conversation after two days, keeps a conversation’s', () => {
    const lib = open();
    lib.inbox.save(conversation(), T);
    lib.inbox.addPost('100:7', '100', T, true);
    lib.spend.addPostReads({ accountId: '900', at: T, owned: false, postIds: ['100', '200'] });
    lib.spend.addPostReads({ accountId: '900', at: T + DAY, owned: false, postIds: ['300'] });
    expect(lib.spend.postReads('200')).toHaveLength(1);
    lib.spend.addPostReads({ accountId: '900', at: T + 2 * DAY, owned: false, postIds: ['400'] });
    expect(lib.spend.postReads('200')).toEqual([]);
    expect(lib.spend.postReads('300')).toHaveLength(1);
    expect(lib.spend.postReads('100')).toHaveLength(1);
  });
});

describe('migration 6 (conversation cost)', () => {
  it('upgrades a version-5 library holding conversations, spend and people, keeping them', () => {
    const dir = tempDir();
    const v5 = libraryAtVersion(dir, 5, T);
    expect(schemaVersion(v5.db)).toBe(5);
    // As version 5 wrote them: a conversation with a post, spend, a billed set, a tag.
    v5.db
      .prepare(
        `INSERT INTO inbox_conversations (key, conversation_id, customer_id, customer_username,
           brand_id, via, source_column_id, summoned, state, snoozed_until, state_since, opened_at,
           first_response_at, done_at, last_customer_post_at, last_post_id, last_post_text,
           created_at, updated_at)
         VALUES ('100:7', '100', '7', 'mira', '900', 'mention', 'col-mentions', 1, 'open', NULL,
           ?, ?, NULL, NULL, ?, '100', 'where is my order?', ?, ?)`,
      )
      .run(T, T, T, T, T);
    v5.db
      .prepare(
        `INSERT INTO inbox_changes (key, seq, at, from_state, to_state, cause, snoozed_until, post_id)
         VALUES ('100:7', 0, ?, 'open', 'open', 'customer', NULL, '100')`,
      )
      .run(T);
    v5.db
      .prepare(
        `INSERT INTO inbox_posts (post_id, key, at, from_customer) VALUES ('100', '100:7', ?, 1)`,
      )
      .run(T);
    v5.db
      .prepare(
        `INSERT INTO spend_days (account_id, day, posts_read, users_read, lists_read, owned_posts,
           owned_users, owned_lists, writes) VALUES ('900', '2026-11-30', 3, 1, 0, 1, 0, 0, '{"replySummoned":1}')`,
      )
      .run();
    v5.db
      .prepare(`INSERT INTO spend_billed (day, resource) VALUES ('2026-11-30', 'post:100')`)
      .run();
    v5.db
      .prepare(
        `INSERT INTO tags (id, name, color, position, created_at, updated_at) VALUES ('vip', 'VIP', '#123456', 99, ?, ?)`,
      )
      .run(T, T);
    v5.db.close();

    const lib = open(dir);
    expect(schemaVersion(lib.core.db)).toBe(LATEST_VERSION); // 6, then 7 (archive indexing)
    // What version 5 held is all there.
    expect(lib.inbox.get('100:7')?.life.history).toHaveLength(1);
    expect(lib.inbox.postsOf('100:7').map((p) => p.postId)).toEqual(['100']);
    expect(lib.spend.dailySpend('2026-11-30', '2026-11-30')[0]).toMatchObject({
      postsRead: 3,
      owned: { posts: 1, users: 0, lists: 0 },
    });
    expect(lib.spend.loadLedger().billed['*']?.['2026-11-30']?.has('post:100')).toBe(true);
    expect(lib.people.tags().some((t) => t.id === 'vip')).toBe(true);
    // Nothing is known per post from before: the old conversation starts at zero…
    expect(
      costsByConversation(lib.inbox.costRecords(), DEFAULT_PRICES).get('100:7'),
    ).toBeUndefined();
    // …and counts from now on.
    lib.spend.addPostReads({ accountId: '900', at: T + MIN, owned: false, postIds: ['100'] });
    lib.inbox.addAttention('100:7', T, 45_000);
    expect(costsByConversation(lib.inbox.costRecords(), DEFAULT_PRICES).get('100:7')).toEqual({
      postsRead: 1,
      dollars: 0.005,
      attentionMs: 45_000,
    });
  });
});
