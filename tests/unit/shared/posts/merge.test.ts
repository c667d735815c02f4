import { describe, expect, it } from 'vitest';
import { MAX_POSTS_PER_COLUMN } from '../../../../src/shared/columns/content';
import { seededRandom } from '../../../../src/simulator/world/prng';
import {
  addContext,
  clearColumn,
  emptyPostStore,
  listsPost,
  mergeIntoColumn,
  mergePage,
  mergeNewestFirst,
  pruneUnreferenced,
  removeColumn,
  type PostStore,
} from '../../../../src/shared/posts/merge';

/** The obvious, slow merge the fast one must agree with. */
const oracle = (existing: readonly string[], incoming: readonly string[], cap: number) =>
  [...new Set([...existing, ...incoming])]
    .sort((a, b) => (BigInt(b) > BigInt(a) ? 1 : BigInt(b) < BigInt(a) ? -1 : 0))
    .slice(0, cap);

describe('mergeNewestFirst', () => {
  it.each([
    { name: 'nothing into nothing', existing: [], incoming: [], cap: 10, out: [] },
    {
      name: 'into an empty column',
      existing: [],
      incoming: ['3', '9', '5'],
      cap: 10,
      out: ['9', '5', '3'],
    },
    {
      name: 'newer on top',
      existing: ['5', '3'],
      incoming: ['8', '7'],
      cap: 10,
      out: ['8', '7', '5', '3'],
    },
    {
      name: 'older at the end',
      existing: ['8', '7'],
      incoming: ['2', '1'],
      cap: 10,
      out: ['8', '7', '2', '1'],
    },
    {
      name: 'interleaved',
      existing: ['9', '5', '1'],
      incoming: ['6', '2', '10'],
      cap: 10,
      out: ['10', '9', '6', '5', '2', '1'],
    },
    {
      name: 'repeats in the page',
      existing: [],
      incoming: ['4', '4', '2', '4'],
      cap: 10,
      out: ['4', '2'],
    },
    {
      name: 'repeats of shown posts',
      existing: ['9', '5'],
      incoming: ['9', '7', '5'],
      cap: 10,
      out: ['9', '7', '5'],
    },
    {
      name: 'cap keeps the newest',
      existing: ['9', '7', '5'],
      incoming: ['8', '6'],
      cap: 3,
      out: ['9', '8', '7'],
    },
    {
      name: 'cap drops an old incoming page',
      existing: ['9', '8'],
      incoming: ['2', '1'],
      cap: 2,
      out: ['9', '8'],
    },
    { name: 'cap of zero', existing: ['9'], incoming: ['10'], cap: 0, out: [] },
    {
      name: 'ids of different lengths',
      existing: ['1000', '99'],
      incoming: ['999', '100'],
      cap: 10,
      out: ['1000', '999', '100', '99'],
    },
    {
      name: 'ids past 2^53',
      existing: ['9007199254740992'],
      incoming: ['9007199254740993', '9007199254740991'],
      cap: 10,
      out: ['9007199254740993', '9007199254740992', '9007199254740991'],
    },
  ])('$name', ({ existing, incoming, cap, out }) => {
    expect(mergeNewestFirst(existing, incoming, cap)).toEqual(out);
  });

  it('caps at 2,000 by default', () => {
    const ids = Array.from({ length: 2500 }, (_, i) => String(10_000 + i));
    const merged = mergeNewestFirst([], ids);
    expect(MAX_POSTS_PER_COLUMN).toBe(2000);
    expect(merged).toHaveLength(2000);
    expect(merged[0]).toBe('12499');
    expect(merged.at(-1)).toBe('10500');
  });

  it('returns the same list when a page brings nothing new', () => {
    const existing = ['9', '5'];
    expect(mergeNewestFirst(existing, ['5', '9'], 10)).toBe(existing);
    expect(mergeNewestFirst(existing, [], 10)).toBe(existing);
  });

  it('agrees with a sort of the union on random pages', () => {
    const rnd = seededRandom('merge');
    let column: readonly string[] = [];
    const all: string[] = [];
    for (let round = 0; round < 60; round++) {
      const page = Array.from({ length: rnd.int(0, 120) }, () =>
        rnd.chance(0.2) && all.length ? rnd.pick(all) : String(rnd.int(1, 10 ** 9) * 1_000_003),
      );
      const expected = oracle(column, page, 500);
      column = mergeNewestFirst(column, page, 500);
      all.push(...page);
      expect(column).toEqual(expected);
    }
  });
});

interface TestPost {
  id: string;
  text: string;
  referenced?: Array<{ type: string; id: string }>;
}
const post = (id: string, text = `post ${id}`, quotes?: string): TestPost => ({
  id,
  text,
  ...(quotes ? { referenced: [{ type: 'quoted', id: quotes }] } : {}),
});
const ids = (s: PostStore<TestPost>) => [...s.postsById.keys()].sort();

/** Freezes a store all the way down, so that a mutation throws in strict mode. */
function frozen<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) frozen(v);
    Object.freeze(value);
  }
  return value;
}

describe('the post store', () => {
  it('stores a post shown in two columns once', () => {
    let s = emptyPostStore<TestPost>();
    s = mergeIntoColumn(s, 'search', [post('10'), post('11')]);
    s = mergeIntoColumn(s, 'mentions', [post('11'), post('12')]);
    expect(s.columnIds).toEqual({ search: ['11', '10'], mentions: ['12', '11'] });
    expect(ids(s)).toEqual(['10', '11', '12']);
  });

  it('replaces a stored post with a fresher copy', () => {
    let s = mergeIntoColumn(emptyPostStore<TestPost>(), 'c', [post('10', 'old')]);
    s = mergeIntoColumn(s, 'other', [post('10', 'edited')]);
    expect(s.postsById.get('10')?.text).toBe('edited');
    expect(s.columnIds.c).toEqual(['10']);
  });

  it('drops posts pushed past the cap unless another column shows them', () => {
    let s = emptyPostStore<TestPost>();
    s = mergeIntoColumn(s, 'a', [post('1'), post('2'), post('3')], { cap: 3 });
    s = mergeIntoColumn(s, 'b', [post('1')], { cap: 3 });
    s = mergeIntoColumn(s, 'a', [post('4'), post('5')], { cap: 3 });
    expect(s.columnIds.a).toEqual(['5', '4', '3']);
    expect(ids(s)).toEqual(['1', '3', '4', '5']); // 2 is gone; 1 stays for column b
  });

  it('never stores a page too old for a full column', () => {
    let s = mergeIntoColumn(emptyPostStore<TestPost>(), 'a', [post('8'), post('9')], { cap: 2 });
    s = mergeIntoColumn(s, 'a', [post('1'), post('2')], { cap: 2 });
    expect(s.columnIds.a).toEqual(['9', '8']);
    expect(ids(s)).toEqual(['8', '9']);
  });

  it('keeps a quoted post while a post quoting it is shown', () => {
    let s = emptyPostStore<TestPost>();
    s = mergeIntoColumn(s, 'a', [post('20', 'look', '5')], { related: [post('5', 'quoted')] });
    expect(s.columnIds.a).toEqual(['20']);
    expect(s.postsById.get('5')?.text).toBe('quoted');
    s = mergeIntoColumn(s, 'a', [post('21')], { cap: 1 });
    expect(ids(s)).toEqual(['21']);
  });

  it('does not keep related posts nothing refers to', () => {
    const s = mergeIntoColumn(emptyPostStore<TestPost>(), 'a', [post('20')], {
      related: [post('7')],
    });
    expect(ids(s)).toEqual(['20']);
  });

  it('clears a column and drops what only it showed', () => {
    let s = emptyPostStore<TestPost>();
    s = mergeIntoColumn(s, 'a', [post('1'), post('2')]);
    s = mergeIntoColumn(s, 'b', [post('2')]);
    s = clearColumn(s, 'a');
    expect(s.columnIds).toEqual({ a: [], b: ['2'] });
    expect(ids(s)).toEqual(['2']);
  });

  it('removes a column and drops what only it showed', () => {
    let s = emptyPostStore<TestPost>();
    s = mergeIntoColumn(s, 'a', [post('1'), post('2')]);
    s = mergeIntoColumn(s, 'b', [post('2')]);
    s = removeColumn(s, 'b');
    expect(s.columnIds).toEqual({ a: ['2', '1'] });
    s = removeColumn(s, 'a');
    expect(s.postsById.size).toBe(0);
    expect(s.columnIds).toEqual({});
  });

  it('never changes the store it is given', () => {
    const start = frozen(mergeIntoColumn(emptyPostStore<TestPost>(), 'a', [post('1'), post('2')]));
    const snapshot = structuredClone(start);
    mergeIntoColumn(start, 'a', [post('3')], { cap: 2 });
    clearColumn(start, 'a');
    removeColumn(start, 'a');
    expect(start).toEqual(snapshot);
  });

  it('returns the same store when an action changes nothing', () => {
    const s = mergeIntoColumn(emptyPostStore<TestPost>(), 'a', [post('1')]);
    expect(clearColumn(s, 'missing')).toBe(s);
    expect(removeColumn(s, 'missing')).toBe(s);
    expect(pruneUnreferenced(s)).toBe(s);
  });

  it('keeps 10,000 posts merged into 10 columns within the caps', () => {
    const rnd = seededRandom('store');
    const pool = Array.from({ length: 10_000 }, (_, i) =>
      post(String(1_790_000_000_000_000_000n + BigInt(i) * 7919n)),
    );
    let s = emptyPostStore<TestPost>();
    const shown = new Map<string, string[]>();
    for (let page = 0; page < 100; page++) {
      const columnId = `c${page % 10}`;
      const batch = rnd.sample(pool, 100);
      s = mergeIntoColumn(s, columnId, batch, { cap: 500 });
      shown.set(
        columnId,
        oracle(
          shown.get(columnId) ?? [],
          batch.map((p) => p.id),
          500,
        ),
      );
    }
    const union = new Set([...shown.values()].flat());
    for (const [columnId, expected] of shown) expect(s.columnIds[columnId]).toEqual(expected);
    expect(new Set([...s.postsById.keys()])).toEqual(union);
  });
});

type Ref = { type: string; id: string };
const refPost = (id: string, ...refs: Ref[]): TestPost => ({
  id,
  text: `post ${id}`,
  ...(refs.length ? { referenced: refs } : {}),
});
const quoting = (id: string, quoted: string) => refPost(id, { type: 'quoted', id: quoted });
const replying = (id: string, to: string) => refPost(id, { type: 'replied_to', id: to });
const reposting = (id: string, original: string) =>
  refPost(id, { type: 'retweeted', id: original });

describe('mergePage', () => {
  it('stores only the related posts that a listed post of the page references', () => {
    const { store, written } = mergePage(
      emptyPostStore<TestPost>(),
      'a',
      [quoting('30', '5'), post('31')],
      { related: [post('5'), post('6')] },
    );
    expect(ids(store)).toEqual(['30', '31', '5']);
    expect(written.map((p) => p.id).sort()).toEqual(['30', '31', '5']);
  });

  it('does not store what a page too old for the full column references', () => {
    let s = mergeIntoColumn(emptyPostStore<TestPost>(), 'a', [post('90'), post('91')], { cap: 2 });
    s = mergeIntoColumn(s, 'a', [quoting('10', '5')], { cap: 2, related: [post('5')] });
    expect(ids(s)).toEqual(['90', '91']);
  });

  it('stores what a page post another column lists references, though this column is full', () => {
    let s = mergeIntoColumn(emptyPostStore<TestPost>(), 'b', [quoting('10', '5')]);
    s = mergeIntoColumn(s, 'a', [post('90'), post('91')], { cap: 2 });
    s = mergeIntoColumn(s, 'a', [quoting('10', '5')], { cap: 2, related: [post('5', 'found')] });
    expect(s.columnIds.a).toEqual(['91', '90']);
    expect(s.postsById.get('5')?.text).toBe('found');
  });

  it('refreshes a stored post that comes again as related, whoever references it', () => {
    let s = mergeIntoColumn(emptyPostStore<TestPost>(), 'a', [post('5', 'old')]);
    s = mergeIntoColumn(s, 'b', [post('40')], { related: [post('5', 'new')] });
    expect(s.postsById.get('5')?.text).toBe('new');
  });

  it('drops what the cap pushed out, and what only that referenced', () => {
    let s = mergeIntoColumn(emptyPostStore<TestPost>(), 'a', [quoting('10', '5'), post('11')], {
      cap: 2,
      related: [post('5')],
    });
    const change = mergePage(s, 'a', [post('12')], { cap: 2 });
    s = change.store;
    expect(s.columnIds.a).toEqual(['12', '11']);
    expect(ids(s)).toEqual(['11', '12']);
    expect(change.dropped.map((p) => p.id).sort()).toEqual(['10', '5']);
  });

  it.each([
    {
      name: 'another column lists it',
      other: [post('10')],
      kept: ['10', '11', '12', '5'],
    },
    {
      // (What it quoted goes: a post only referenced keeps nothing itself.)
      name: 'a post another column lists quotes it',
      other: [quoting('9', '10')],
      kept: ['10', '11', '12', '9'],
    },
    {
      name: 'a post another column lists quotes what it quoted',
      other: [quoting('9', '5')],
      kept: ['11', '12', '5', '9'],
    },
    {
      name: 'a post another column lists replies to what it quoted',
      other: [replying('9', '5')],
      kept: ['11', '12', '5', '9'],
    },
  ])('keeps a post pushed out of a column while $name', ({ other, kept }) => {
    let s = mergeIntoColumn(emptyPostStore<TestPost>(), 'b', other, {
      related: [post('10'), post('5')],
    });
    s = mergeIntoColumn(s, 'a', [quoting('10', '5'), post('11')], { cap: 2, related: [post('5')] });
    s = mergeIntoColumn(s, 'a', [post('12')], { cap: 2 });
    expect(s.columnIds.a).toEqual(['12', '11']);
    expect(ids(s)).toEqual(kept);
  });

  it('keeps what a listed repost’s original replies to, and drops it with the repost', () => {
    let s = mergeIntoColumn(emptyPostStore<TestPost>(), 'a', [reposting('20', '8'), post('21')], {
      cap: 2,
      related: [replying('8', '3'), post('3')],
    });
    expect(ids(s)).toEqual(['20', '21', '3', '8']);
    const change = mergePage(s, 'a', [post('22')], { cap: 2 });
    s = change.store;
    expect(ids(s)).toEqual(['21', '22']);
    expect(change.dropped.map((p) => p.id).sort()).toEqual(['20', '3', '8']);
  });

  it('replaces a column with the page and drops what only the old list kept', () => {
    let s = mergeIntoColumn(emptyPostStore<TestPost>(), 'a', [quoting('10', '5'), post('11')], {
      related: [post('5')],
    });
    s = mergeIntoColumn(s, 'b', [post('11')]);
    const change = mergePage(s, 'a', [post('12'), post('13')], { replace: true });
    expect(change.store.columnIds).toEqual({ a: ['13', '12'], b: ['11'] });
    expect(ids(change.store)).toEqual(['11', '12', '13']);
    expect(change.dropped.map((p) => p.id).sort()).toEqual(['10', '5']);
  });

  it('replaced with nothing, a column is empty and what only it showed is gone', () => {
    let s = mergeIntoColumn(emptyPostStore<TestPost>(), 'a', [post('1'), post('2')]);
    s = mergeIntoColumn(s, 'b', [post('2')]);
    const { store } = mergePage(s, 'a', [], { replace: true });
    expect(store.columnIds).toEqual({ a: [], b: ['2'] });
    expect(ids(store)).toEqual(['2']);
  });

  it('returns the store itself when a page brings nothing new', () => {
    const page = [post('1'), quoting('2', '1')];
    const s = mergeIntoColumn(emptyPostStore<TestPost>(), 'a', page);
    const change = mergePage(s, 'a', page);
    expect(change.store).toBe(s);
    expect(change.written).toEqual([]);
    expect(mergePage(s, 'a', page, { replace: true }).store).toBe(s);
  });

  it('never changes the store it is given', () => {
    const start = frozen(
      mergeIntoColumn(emptyPostStore<TestPost>(), 'a', [quoting('10', '5'), post('11')], {
        related: [post('5')],
      }),
    );
    const snapshot = structuredClone(start);
    mergePage(start, 'a', [post('12')], { cap: 2 });
    mergePage(start, 'a', [post('13')], { replace: true, related: [post('5', 'new')] });
    addContext(start, [quoting('11', '7')], [post('7')]);
    expect(start).toEqual(snapshot);
  });

  it('keeps exactly what the columns show, page after random page', () => {
    // A world of posts, some quoting, replying to or reposting older ones. Each page comes with
    // what its posts reference (X's includes), so the store must hold exactly: every listed
    // post, what it references, and what a listed repost's original references.
    const rnd = seededRandom('store-references');
    const world: TestPost[] = [];
    for (let i = 0; i < 3000; i++) {
      const id = String(1_790_000_000_000_000_000n + BigInt(i) * 104_729n);
      const older = world.length ? rnd.pick(world) : undefined;
      const kind = rnd.pick(['plain', 'plain', 'quoted', 'replied_to', 'retweeted']);
      world.push(
        older && kind !== 'plain' ? refPost(id, { type: kind, id: older.id }) : refPost(id),
      );
    }
    const byId = new Map(world.map((p) => [p.id, p]));
    const refsOf = (p: TestPost) => (p.referenced ?? []).map((r) => byId.get(r.id)!);
    const withIncludes = (posts: TestPost[]) => [
      ...new Set(posts.flatMap((p) => refsOf(p).flatMap((r) => [r, ...refsOf(r)]))),
    ];
    const wanted = (s: PostStore<TestPost>) => {
      const out = new Set<string>();
      for (const id of Object.values(s.columnIds).flat()) {
        out.add(id);
        for (const ref of refsOf(byId.get(id)!)) {
          out.add(ref.id);
          if (byId.get(id)!.referenced?.some((r) => r.type === 'retweeted' && r.id === ref.id)) {
            for (const inner of refsOf(ref)) out.add(inner.id);
          }
        }
      }
      return [...out].sort();
    };

    let s = emptyPostStore<TestPost>();
    for (let round = 0; round < 150; round++) {
      const columnId = `c${rnd.int(0, 5)}`;
      const page = rnd.sample(world, rnd.int(0, 60));
      const replace = rnd.chance(0.05);
      s = mergePage(s, columnId, page, { cap: 120, related: withIncludes(page), replace }).store;
      if (rnd.chance(0.05)) s = mergePage(s, `c${rnd.int(0, 5)}`, [], { replace: true }).store;
      expect(ids(s)).toEqual(wanted(s));
      expect(pruneUnreferenced(s)).toBe(s);
    }
    expect([...s.postsById.keys()].length).toBeGreaterThan(0);
  });
});

describe('addContext', () => {
  it('stores what a held post replies to and quotes, with a fresher copy of that post', () => {
    const s = mergeIntoColumn(emptyPostStore<TestPost>(), 'a', [post('20', 'old')]);
    const asked = refPost('20', { type: 'replied_to', id: '7' }, { type: 'quoted', id: '8' });
    const change = addContext(s, [asked], [post('7'), post('8'), post('9')]);
    expect(ids(change.store)).toEqual(['20', '7', '8']);
    expect(change.store.postsById.get('20')).toBe(asked);
    expect(change.store.columnIds).toBe(s.columnIds);
    expect(change.dropped).toEqual([]);
  });

  it('stores nothing for a post the store no longer holds', () => {
    const s = mergeIntoColumn(emptyPostStore<TestPost>(), 'a', [post('21')]);
    const change = addContext(s, [replying('20', '7')], [post('7')]);
    expect(change.store).toBe(s);
    expect(change.written).toEqual([]);
  });

  it('keeps the context until the post that asked for it goes', () => {
    let s = mergeIntoColumn(emptyPostStore<TestPost>(), 'a', [replying('20', '7')], { cap: 1 });
    s = addContext(s, [replying('20', '7')], [post('7')]).store;
    expect(ids(s)).toEqual(['20', '7']);
    s = mergeIntoColumn(s, 'a', [post('30')], { cap: 1 });
    expect(ids(s)).toEqual(['30']);
  });
});

describe('listsPost', () => {
  it.each([
    [[], '5', false],
    [['9', '7', '5', '3'], '5', true],
    [['9', '7', '5', '3'], '9', true],
    [['9', '7', '5', '3'], '3', true],
    [['9', '7', '5', '3'], '4', false],
    [['9', '7', '5', '3'], '10', false],
    [['1000', '999', '100'], '999', true],
  ])('%j lists %s: %s', (list, id, expected) => {
    expect(listsPost(list, id)).toBe(expected);
  });
});
