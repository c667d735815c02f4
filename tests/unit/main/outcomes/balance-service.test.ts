import { afterEach, describe, expect, it } from 'vitest';
import { createBalanceService } from '../../../../src/main/outcomes/balance-service';
import type { BrandSettings } from '../../../../src/shared/outcomes/balance-schema';
import type { Post, PostPage } from '../../../../src/shared/x/types';
import { libraryIn, post, tempDir } from '../../../support/library-fixture';

const BRAND = '900';
const closers: Array<() => void> = [];
afterEach(() => closers.splice(0).forEach((c) => c()));

function setup(posts: Post[]) {
  const { library, clock } = libraryIn(tempDir());
  closers.push(() => library.close());
  let saved: BrandSettings | null = null;
  let reads = 0;
  const service = createBalanceService({
    people: library.people,
    clock,
    accountIds: () => [BRAND],
    readOwnPosts: () => {
      reads++;
      return Promise.resolve({
        ok: true as const,
        value: { posts, includes: { users: [], posts: [], media: [] } } as unknown as PostPage,
      });
    },
    settings: { get: () => saved, set: (s) => (saved = s) },
    isCustomer: (id) => id === '11',
  });
  return { h: service.handlers, clock, reads: () => reads };
}

const at = (daysAgo: number) =>
  new Date(Date.parse('2026-11-30T12:00:00Z') - daysAgo * 86_400_000).toISOString();
const link = (url: string) => ({
  entities: {
    mentions: [],
    hashtags: [],
    cashtags: [],
    urls: [{ start: 0, end: 23, url: 'https://t.co/x', expandedUrl: url }],
  },
});

describe('balance service', () => {
  it('classes own posts from the timeline over 7 and 30 days, remembering overrides', async () => {
    const shop = post('New notebooks', {
      authorId: BRAND,
      createdAt: at(1),
      ...link('https://www.quillory.example/a5'),
    });
    const help = post('@mira sorry, resent today', {
      authorId: BRAND,
      createdAt: at(2),
      inReplyToUserId: '11',
    });
    const chat = post('Rainy Sunday at the bench', { authorId: BRAND, createdAt: at(20) });
    const s = setup([chat, shop, help]);
    await s.h.setSettings({
      domains: ['https://Quillory.example/'],
      products: [],
      target: { promotional: 1, outOf: 5 },
    });
    expect(await s.h.settings(undefined)).toMatchObject({ domains: ['quillory.example'] });
    const v = await s.h.view({ accountId: BRAND });
    expect(v.posts.map((p) => [p.id, p.postClass])).toEqual([
      [shop.id, 'promotional'],
      [help.id, 'support'],
      [chat.id, 'social'],
    ]);
    expect(v.last7).toEqual({ total: 2, promotional: 1, support: 1, social: 0 });
    expect(v.last30.total).toBe(3);
    const after = await s.h.setClass({ accountId: BRAND, postId: shop.id, postClass: 'social' });
    expect(after.posts[0]).toMatchObject({
      postClass: 'social',
      reason: 'Set by you',
      overridden: true,
    });
    // Read once: the timeline is kept 10 minutes.
    expect(s.reads()).toBe(1);
    s.clock.advance(11 * 60_000);
    await s.h.view({ accountId: BRAND });
    expect(s.reads()).toBe(2);
  });

  it('refuses a domain that is not one, and accounts that are not the owner’s', async () => {
    const s = setup([]);
    expect(() =>
      s.h.setSettings({
        domains: ['not a domain'],
        products: [],
        target: { promotional: 1, outOf: 5 },
      }),
    ).toThrow(/not a domain name/);
    expect(await s.h.settings(undefined)).toMatchObject({ domains: [] });
    await expect(s.h.view({ accountId: '1' })).rejects.toThrow(/not one of your accounts/);
  });
});
