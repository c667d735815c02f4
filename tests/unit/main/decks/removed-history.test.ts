import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openNodeStore } from '../../../../src/harness/node-store';
import { createDeckService } from '../../../../src/main/decks/deck-service';
import {
  recordRemoval,
  removalOf,
  restoreRemoved,
} from '../../../../src/main/decks/removed-history';
import { createEventHub } from '../../../../src/main/ipc/events';
import { AppFailure } from '../../../../src/main/errors';
import { REMOVED_COLUMNS_KEPT } from '../../../../src/shared/decks/removed-columns';
import type { Column, DecksState } from '../../../../src/shared/decks/schema';
import { NO_FILTERS } from '../../../../src/shared/search/column-filters';

const col = (id: string, extra: Partial<Column> = {}): Column => ({
  id,
  type: 'search',
  title: `Column ${id}`,
  width: 'medium',
  accountId: '42',
  intervalMs: 120_000,
  notify: false,
  filters: NO_FILTERS,
  query: `query of ${id}`,
  ...extra,
});
const layout = (brand: string[], personal: string[] = []): DecksState => ({
  decks: [
    { id: 'brand', name: 'Brand', columns: brand.map((id) => col(id)) },
    { id: 'personal', name: 'Personal', columns: personal.map((id) => col(id)) },
  ],
  activeDeckId: 'personal',
});
type Layout = { decks: ReadonlyArray<{ id: string; columns: ReadonlyArray<{ id: string }> }> };
const ids = (state: Layout, deckId: string) =>
  state.decks.find((d) => d.id === deckId)!.columns.map((c) => c.id);

describe('the removed columns history (pure)', () => {
  it('records the column with its deck and place, newest first, at most ten', () => {
    let history = recordRemoval([], removalOf(layout(['a', 'b']), 'brand', 'b', 'r0'));
    expect(history).toEqual([{ key: 'r0', deckId: 'brand', index: 1, column: col('b') }]);
    for (let i = 1; i <= 12; i++) {
      history = recordRemoval(history, removalOf(layout(['a']), 'brand', 'a', `r${i}`));
    }
    expect(history).toHaveLength(REMOVED_COLUMNS_KEPT);
    expect(history.map((e) => e.key)).toEqual(Array.from({ length: 10 }, (_, i) => `r${12 - i}`));
  });

  it('refuses to record a column that is not there', () => {
    expect(() => removalOf(layout(['a']), 'brand', 'zz', 'r')).toThrow(AppFailure);
    expect(() => removalOf(layout(['a']), 'nowhere', 'a', 'r')).toThrow(AppFailure);
  });

  it('puts a column back at its place in its deck, under a new id, settings intact', () => {
    const before = layout(['a', 'b', 'c']);
    const entry = removalOf(before, 'brand', 'b', 'r1');
    const after = layout(['a', 'c']);
    const { decks, history, columnId } = restoreRemoved(after, [entry], 'r1', 'new');
    expect(ids(decks, 'brand')).toEqual(['a', 'new', 'c']);
    expect(decks.decks[0]!.columns[1]).toEqual({ ...col('b'), id: 'new' });
    expect(history).toEqual([]);
    expect(columnId).toBe('new');
  });

  it('puts it at the end when its deck is shorter now, and in the active deck when its own is gone', () => {
    const entry = removalOf(layout(['a', 'b', 'c']), 'brand', 'c', 'r1');
    expect(ids(restoreRemoved(layout([]), [entry], 'r1', 'n').decks, 'brand')).toEqual(['n']);
    const noBrand: DecksState = {
      decks: [{ id: 'personal', name: 'Personal', columns: [col('p')] }],
      activeDeckId: 'personal',
    };
    expect(ids(restoreRemoved(noBrand, [entry], 'r1', 'n').decks, 'personal')).toEqual(['p', 'n']);
  });

  it('refuses an unknown key and changes nothing', () => {
    const entry = removalOf(layout(['a']), 'brand', 'a', 'r1');
    expect(() => restoreRemoved(layout([]), [entry], 'r2', 'n')).toThrow(/no longer/);
  });

  it('restoring what was removed gives back the same order of columns (any deck, any place)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.nat(), (n, pick) => {
        const names = Array.from({ length: n }, (_, i) => `c${i}`);
        const state = layout(names);
        const victim = names[pick % n]!;
        const entry = removalOf(state, 'brand', victim, 'r');
        const removed = layout(names.filter((x) => x !== victim));
        const back = restoreRemoved(removed, [entry], 'r', victim).decks;
        expect(back).toEqual(state);
      }),
    );
  });
});

describe('the deck service keeps the history in the store, across restarts', () => {
  let dir: string;
  const now = () => 1_700_000_000_000;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'timedeck-removed-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const open = () => {
    let n = 0;
    const { store } = openNodeStore(dir, now);
    return {
      store,
      service: createDeckService({
        store,
        events: createEventHub(),
        newId: () => `id-${Math.random().toString(36).slice(2)}-${n++}`,
      }),
    };
  };

  it('a removed column survives a restart of main and comes back to its deck with its query', async () => {
    const first = open();
    const built = { query: '(quillory OR quilery OR quillary) -from:quillory', title: 'Support' };
    const withSearch = first.service.columns.update({
      deckId: 'brand',
      columnId: 'brand-search',
      patch: built,
    });
    expect(ids(await withSearch, 'brand')).toEqual(['brand-mentions', 'brand-search']);
    await first.service.columns.remove({ deckId: 'brand', columnId: 'brand-search' });
    await first.service.columns.remove({ deckId: 'personal', columnId: 'personal-home' });

    const second = open();
    const history = await second.service.columns.removed(undefined);
    expect(history.map((e) => [e.deckId, e.column.title])).toEqual([
      ['personal', 'Home'],
      ['brand', 'Support'],
    ]);
    const { decks, removed } = await second.service.columns.restore({ key: history[1]!.key });
    const restored = decks.decks.find((d) => d.id === 'brand')!.columns[1]!;
    expect(restored).toMatchObject(built);
    expect(removed.map((e) => e.column.title)).toEqual(['Home']);

    const third = open();
    expect(third.store.get('decks').decks[0]!.columns[1]).toMatchObject(built);
    expect((await third.service.columns.removed(undefined)).map((e) => e.column.title)).toEqual([
      'Home',
    ]);
  });

  it('keeps the last ten removals', async () => {
    const { service } = open();
    for (let i = 0; i < 12; i++) {
      const { id: _id, ...draft } = col('x', { type: 'home', title: `Home ${i}`, accountId: null });
      const state = await service.columns.add({ deckId: 'brand', column: draft });
      const added = state.decks[0]!.columns.at(-1)!;
      await service.columns.remove({ deckId: 'brand', columnId: added.id });
    }
    const history = await open().service.columns.removed(undefined);
    expect(history.map((e) => e.column.title)).toEqual(
      Array.from({ length: 10 }, (_, i) => `Home ${11 - i}`),
    );
  });
});
