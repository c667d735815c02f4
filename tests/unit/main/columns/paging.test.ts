import { describe, expect, it } from 'vitest';
import {
  columnSinceId,
  DEFAULT_MAX_PAGES,
  newPostsFromPages,
  nextPage,
  nextSinceId,
  usesSinceId,
  type FetchedPage,
} from '../../../../src/main/columns/paging';

const page = (postIds: string[], nextToken?: string): FetchedPage => ({
  postIds,
  ...(nextToken ? { nextToken } : {}),
});

describe('nextPage', () => {
  it.each([
    [
      'a first load reads one page',
      page(['30', '29'], 't'),
      { pagesRead: 1 },
      { action: 'stop', reason: 'first-load', gap: false },
    ],
    [
      'the last seen post reached',
      page(['30', '20', '10'], 't'),
      { sinceId: '20', pagesRead: 1 },
      { action: 'stop', reason: 'caught-up', gap: false },
    ],
    [
      'an older post reached',
      page(['30', '15'], 't'),
      { sinceId: '20', pagesRead: 1 },
      { action: 'stop', reason: 'caught-up', gap: false },
    ],
    [
      'no more pages',
      page(['30', '25']),
      { sinceId: '20', pagesRead: 1 },
      { action: 'stop', reason: 'no-more-pages', gap: false },
    ],
    [
      'an empty last page',
      page([]),
      { sinceId: '20', pagesRead: 1 },
      { action: 'stop', reason: 'no-more-pages', gap: false },
    ],
    [
      'more to read',
      page(['30', '25'], 'next'),
      { sinceId: '20', pagesRead: 1 },
      { action: 'fetch', paginationToken: 'next' },
    ],
    [
      'the page limit',
      page(['30', '25'], 'next'),
      { sinceId: '20', pagesRead: 2, maxPages: 2 },
      { action: 'stop', reason: 'page-limit', gap: true },
    ],
    [
      'the default page limit',
      page(['30', '25'], 'next'),
      { sinceId: '20', pagesRead: DEFAULT_MAX_PAGES },
      { action: 'stop', reason: 'page-limit', gap: true },
    ],
    [
      'ids of different lengths',
      page(['1000', '999'], 'next'),
      { sinceId: '999', pagesRead: 1 },
      { action: 'stop', reason: 'caught-up', gap: false },
    ],
  ] as const)('%s', (_, p, progress, decision) => {
    expect(nextPage(p, progress)).toEqual(decision);
  });

  /** A list timeline (no since_id) as X serves it: newest first, `size` a page. */
  function listTimeline(ids: string[], size: number) {
    return (token?: string): FetchedPage => {
      const from = token ? Number(token) : 0;
      const to = from + size;
      return page(ids.slice(from, to), to < ids.length ? String(to) : undefined);
    };
  }

  function catchUp(
    fetch: (token?: string) => FetchedPage,
    sinceId: string | undefined,
    maxPages: number,
  ) {
    const pages: FetchedPage[] = [];
    let token: string | undefined;
    for (;;) {
      const p = fetch(token);
      pages.push(p);
      const d = nextPage(p, { sinceId, pagesRead: pages.length, maxPages });
      if (d.action === 'stop') return { pages, decision: d };
      token = d.paginationToken;
    }
  }

  const timeline = Array.from({ length: 250 }, (_, i) => String(5000 - i)); // 5000 … 4751

  it('reads a list back to the last seen post, and no further', () => {
    const { pages, decision } = catchUp(listTimeline(timeline, 100), '4851', 5);
    expect(decision).toMatchObject({ reason: 'caught-up', gap: false });
    expect(pages).toHaveLength(2);
    const fresh = newPostsFromPages(
      pages.map((p) => p.postIds.map((id) => ({ id }))),
      '4851',
    );
    expect(fresh.map((p) => p.id)).toEqual(timeline.slice(0, 149));
  });

  it('stops at the page limit and reports a gap', () => {
    const { pages, decision } = catchUp(listTimeline(timeline, 100), '4760', 2);
    expect(decision).toMatchObject({ reason: 'page-limit', gap: true });
    expect(pages).toHaveLength(2);
  });
});

describe('newPostsFromPages', () => {
  const p = (id: string, text = id) => ({ id, text });

  it('keeps each post once, newer than since_id, newest first', () => {
    const pages = [
      [p('1000'), p('998'), p('997')],
      [p('998', 'again'), p('999'), p('996'), p('990')],
    ];
    expect(newPostsFromPages(pages, '996')).toEqual([p('1000'), p('999'), p('998'), p('997')]);
    expect(newPostsFromPages(pages).map((x) => x.id)).toEqual([
      '1000',
      '999',
      '998',
      '997',
      '996',
      '990',
    ]);
    expect(newPostsFromPages([], '1')).toEqual([]);
  });
});

describe('nextSinceId', () => {
  it.each([
    [undefined, [], undefined],
    [undefined, ['5', '30', '7'], '30'],
    ['20', [], '20'],
    ['20', ['25', '21'], '25'],
    ['20', ['19'], '20'],
    ['999', ['1000'], '1000'],
    ['9007199254740992', ['9007199254740993'], '9007199254740993'],
  ] as const)('after %s, reading %j: %s', (previous, ids, expected) => {
    expect(nextSinceId(previous, ids)).toBe(expected);
  });
});

describe('columnSinceId', () => {
  it.each([
    ['nothing read: a first load', {}, undefined],
    ['only what it shows', { newestShown: '9' }, '9'],
    ['a hidden post newer than what it shows', { newestShown: '9', readUpTo: '12' }, '12'],
    ['what it shows, newer than an older mark', { newestShown: '15', readUpTo: '12' }, '15'],
    ['cleared, nothing shown since', { clearedUpTo: '20' }, '20'],
    ['cleared, and a hidden post since', { clearedUpTo: '20', readUpTo: '31' }, '31'],
    ['compared as snowflakes, not as text', { newestShown: '99', readUpTo: '100' }, '100'],
    ['undefined marks are skipped', { newestShown: undefined, readUpTo: '7' }, '7'],
  ] as const)('%s', (_, marks, expected) => {
    expect(columnSinceId(marks)).toBe(expected);
  });
});

describe('usesSinceId', () => {
  it('is false only for lists, which X pages without since_id', () => {
    expect(usesSinceId('listPosts')).toBe(false);
    for (const e of ['searchRecent', 'mentions', 'homeTimeline', 'userPosts'] as const)
      expect(usesSinceId(e)).toBe(true);
  });
});
