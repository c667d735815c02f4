import { describe, expect, it } from 'vitest';
import { fillColumns } from '../../../bench/feed-fill';
import { snowflakeId, snowflakeTime } from '../../../bench/snowflake';
import type { ColumnPosts } from '../../../src/shared/columns/content';
import { compareIds } from '../../../src/shared/posts/ids';
import { PostSchema, type Post } from '../../../src/shared/x/types';

const T0 = Date.UTC(2026, 2, 10, 12);

function post(at: number, over: Partial<Post> = {}): Post {
  const id = snowflakeId(at, 5, 0);
  return {
    id,
    text: `post at ${at}`,
    createdAt: new Date(at).toISOString(),
    authorId: '11',
    conversationId: id,
    referenced: [],
    entities: { mentions: [], hashtags: [], cashtags: [], urls: [] },
    lang: 'en',
    mediaKeys: [],
    ...over,
  };
}

const quoted = post(T0 - 86_400_000, { authorId: '22' });
const withMedia = post(T0 - 60_000, { mediaKeys: ['3_1'] });
const quoting = post(T0 - 120_000, { referenced: [{ type: 'quoted', id: quoted.id }] });
const reply = post(T0 - 180_000, { conversationId: quoted.id });

const batches: ColumnPosts[] = [
  {
    columnId: 'a',
    mode: 'prepend',
    posts: [withMedia, quoting],
    referenced: [quoted],
    users: [
      { id: '11', username: 'eleven', name: 'Eleven' },
      { id: '22', username: 'twentytwo', name: 'Twenty-two' },
    ],
    media: [{ mediaKey: '3_1', type: 'photo', url: 'https://pbs.twimg.com/x.jpg' }],
  },
  { columnId: 'b', mode: 'prepend', posts: [reply], referenced: [], users: [], media: [] },
];

describe('fillColumns', () => {
  const filled = fillColumns(batches, 50);

  it('gives every column exactly the asked number of posts, newest first, as replace batches', () => {
    expect(filled.map((b) => [b.columnId, b.mode, b.posts.length])).toEqual([
      ['a', 'replace', 50],
      ['b', 'replace', 50],
    ]);
    for (const b of filled) {
      const ids = b.posts.map((p) => p.id);
      expect([...ids].sort((x, y) => compareIds(y, x))).toEqual(ids);
    }
  });

  it('keeps the real posts on top and continues back in time from the oldest of them', () => {
    const a = filled[0]!;
    expect(a.posts.slice(0, 2)).toEqual([withMedia, quoting]);
    for (const copy of a.posts.slice(2)) {
      expect(compareIds(copy.id, quoting.id)).toBeLessThan(0);
      expect(Date.parse(copy.createdAt)).toBe(snowflakeTime(copy.id));
    }
  });

  it('gives every post an id of its own, across all columns', () => {
    const ids = filled.flatMap((b) => b.posts.map((p) => p.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('copies real posts faithfully, and every post stays a valid post', () => {
    const texts = new Set([withMedia, quoting, reply].map((p) => p.text));
    for (const p of filled.flatMap((b) => b.posts)) {
      expect(PostSchema.safeParse(p).success).toBe(true);
      expect(texts.has(p.text)).toBe(true);
    }
  });

  it('starts a copy of a conversation starter its own conversation, and keeps a reply in its', () => {
    const copies = filled[1]!.posts.slice(1);
    const ofStarter = copies.find((p) => p.text === withMedia.text)!;
    expect(ofStarter.conversationId).toBe(ofStarter.id);
    const ofReply = copies.find((p) => p.text === reply.text)!;
    expect(ofReply.conversationId).toBe(quoted.id);
  });

  it('carries every quoted post, author and media a column needs, in each column', () => {
    for (const b of filled) {
      const users = new Set(b.users.map((u) => u.id));
      const media = new Set(b.media.map((m) => m.mediaKey));
      const refs = new Set(b.referenced.map((p) => p.id));
      for (const p of [...b.posts, ...b.referenced]) {
        expect(users.has(p.authorId)).toBe(true);
        for (const k of p.mediaKeys) expect(media.has(k)).toBe(true);
        for (const r of p.referenced) expect(refs.has(r.id)).toBe(true);
      }
    }
    // Column b's own post quotes nothing, but its copies of column a's posts do.
    expect(filled[1]!.referenced).toEqual([quoted]);
  });

  it('cuts a column that already has more than asked to the newest', () => {
    const [a] = fillColumns(batches, 1);
    expect(a!.posts).toEqual([withMedia]);
  });

  it('refuses to fill from no posts at all', () => {
    expect(() => fillColumns([{ ...batches[1]!, posts: [] }], 10)).toThrow(/no real posts/);
  });
});

describe('snowflake ids', () => {
  it.each([T0, T0 + 1, Date.UTC(2030, 0, 1)])('keep the time they were made at (%d)', (at) => {
    expect(snowflakeTime(snowflakeId(at, 7, 9))).toBe(at);
  });

  it('order by time, then worker, then sequence', () => {
    expect(compareIds(snowflakeId(T0 + 1), snowflakeId(T0, 1023, 4095))).toBeGreaterThan(0);
    expect(compareIds(snowflakeId(T0, 2, 0), snowflakeId(T0, 1, 4095))).toBeGreaterThan(0);
    expect(compareIds(snowflakeId(T0, 1, 2), snowflakeId(T0, 1, 1))).toBeGreaterThan(0);
  });
});
