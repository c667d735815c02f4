import { describe, expect, it } from 'vitest';
import { MERGE_PAGES, mergeAll, pollingPages } from '../../../bench/merge';
import { compareIds } from '../../../src/shared/posts/ids';

describe('the polling pages merge_10k_ms merges', () => {
  const pages = pollingPages();

  it('are 10 rounds of one page of 100 posts per column, as polling brings them', () => {
    expect(pages).toHaveLength(100);
    expect(pages.slice(0, 10).map((p) => p.columnId)).toEqual(
      Array.from({ length: 10 }, (_, c) => `column-${c}`),
    );
    for (const p of pages) expect(p.posts).toHaveLength(MERGE_PAGES.pageSize);
  });

  it('are newest first, and each page of a column newer than its last', () => {
    const newest = new Map<string, string>();
    for (const p of pages) {
      const ids = p.posts.map((x) => x.id);
      expect([...ids].sort((a, b) => compareIds(b, a))).toEqual(ids);
      const before = newest.get(p.columnId);
      if (before) expect(compareIds(ids.at(-1)!, before)).toBeGreaterThan(0);
      newest.set(p.columnId, ids[0]!);
    }
  });

  it('bring the posts they quote or reply to beside them (or did when the post first came)', () => {
    const seen = new Set<string>();
    let references = 0;
    for (const p of pages) {
      p.related.forEach((r) => seen.add(r.id));
      for (const ref of p.posts.flatMap((post) => post.referenced)) {
        references++;
        expect(seen.has(ref.id)).toBe(true);
      }
    }
    expect(references).toBeGreaterThan(0);
  });

  it('overlap between neighbouring columns, as searches do', () => {
    const first = new Set(pages[0]!.posts.map((p) => p.id));
    const shared = pages[1]!.posts.filter((p) => first.has(p.id));
    expect(shared).toHaveLength(MERGE_PAGES.pageSize * MERGE_PAGES.shared);
  });

  it('are the same for the same seed', () => {
    expect(pollingPages()).toEqual(pages);
  });

  it('merge into 1,000 posts in each of the 10 columns', () => {
    const store = mergeAll(pages);
    expect(Object.values(store.columnIds).map((ids) => ids.length)).toEqual(Array(10).fill(1000));
  });
});
