import { describe, expect, it } from 'vitest';
import * as ops from '../../../../src/main/decks/deck-ops';
import { AppFailure } from '../../../../src/main/errors';
import { defaultDecks } from '../../../../src/main/store/schema';
import {
  ColumnDraftSchema,
  type ColumnDraft,
  type DecksState,
} from '../../../../src/shared/decks/schema';

const names = (s: DecksState) => s.decks.map((d) => d.name);
const titles = (s: DecksState, deckId: string) =>
  s.decks.find((d) => d.id === deckId)!.columns.map((c) => c.title);

const withColumns = (...ts: string[]): DecksState =>
  ts.reduce<DecksState>(
    (s, title, i) =>
      ops.addColumn(s, 'brand', `c${i}`, draft({ type: 'search', title, width: 'medium' })),
    {
      ...defaultDecks(),
      decks: [
        { id: 'brand', name: 'Brand', columns: [] },
        { id: 'personal', name: 'Personal', columns: [] },
      ],
    },
  );

const draft = (d: ColumnDraft) => ColumnDraftSchema.parse(d);

const failure = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppFailure) return { kind: e.kind, message: e.message };
    throw e;
  }
  throw new Error('expected a refusal');
};

describe('deck ops', () => {
  it('starts with Brand and Personal', () => {
    expect(names(defaultDecks())).toEqual(['Brand', 'Personal']);
  });

  it('creates a deck at the end and opens it', () => {
    const s = ops.createDeck(defaultDecks(), 'd3', 'Launch');
    expect(names(s)).toEqual(['Brand', 'Personal', 'Launch']);
    expect(s.activeDeckId).toBe('d3');
  });

  it('refuses a second deck of the same name, whatever its case', () => {
    expect(failure(() => ops.createDeck(defaultDecks(), 'd3', 'brand'))).toEqual({
      kind: 'conflict',
      message: 'There is already a deck called "brand"',
    });
  });

  it('refuses a tenth deck', () => {
    let s = defaultDecks();
    for (let i = 3; i <= 9; i++) s = ops.createDeck(s, `d${i}`, `Deck ${i}`);
    expect(failure(() => ops.createDeck(s, 'd10', 'Deck 10')).kind).toBe('conflict');
  });

  it('renames a deck, and may keep its own name', () => {
    expect(names(ops.renameDeck(defaultDecks(), 'brand', 'Acme'))).toEqual(['Acme', 'Personal']);
    expect(names(ops.renameDeck(defaultDecks(), 'brand', 'BRAND'))).toEqual(['BRAND', 'Personal']);
    expect(failure(() => ops.renameDeck(defaultDecks(), 'brand', 'Personal')).kind).toBe(
      'conflict',
    );
  });

  it.each([
    [0, ['Personal', 'Brand', 'Launch']],
    [2, ['Brand', 'Launch', 'Personal']],
    [99, ['Brand', 'Launch', 'Personal']],
  ])('moves a deck to index %i', (to, expected) => {
    const s = ops.createDeck(defaultDecks(), 'd3', 'Launch');
    expect(names(ops.moveDeck(s, 'personal', to))).toEqual(expected);
  });

  it('deletes a deck and opens its left neighbour when it was open', () => {
    const s = ops.createDeck(defaultDecks(), 'd3', 'Launch');
    const removed = ops.removeDeck(s, 'd3');
    expect(names(removed)).toEqual(['Brand', 'Personal']);
    expect(removed.activeDeckId).toBe('personal');
    expect(ops.removeDeck(ops.activateDeck(s, 'brand'), 'brand').activeDeckId).toBe('personal');
    expect(ops.removeDeck(s, 'brand').activeDeckId).toBe('d3');
  });

  it('never deletes the last deck', () => {
    const one = ops.removeDeck(defaultDecks(), 'personal');
    expect(failure(() => ops.removeDeck(one, 'brand'))).toEqual({
      kind: 'conflict',
      message: 'The last deck cannot be deleted',
    });
  });

  it('says which deck or column has gone', () => {
    expect(failure(() => ops.activateDeck(defaultDecks(), 'gone')).kind).toBe('not_found');
    expect(failure(() => ops.removeColumn(defaultDecks(), 'brand', 'gone'))).toEqual({
      kind: 'not_found',
      message: 'That column is no longer in "Brand"',
    });
  });

  it('adds, edits, moves and removes columns in one deck only', () => {
    let s = withColumns('Acme', 'Acme typos', 'Leads');
    expect(titles(s, 'brand')).toEqual(['Acme', 'Acme typos', 'Leads']);
    s = ops.moveColumn(s, 'brand', 'c2', 0);
    expect(titles(s, 'brand')).toEqual(['Leads', 'Acme', 'Acme typos']);
    s = ops.updateColumn(s, 'brand', 'c1', { title: 'Acme support', width: 'wide' });
    expect(s.decks[0]!.columns[2]).toMatchObject({
      id: 'c1',
      type: 'search',
      title: 'Acme support',
      width: 'wide',
    });
    s = ops.removeColumn(s, 'brand', 'c0');
    expect(titles(s, 'brand')).toEqual(['Leads', 'Acme support']);
    expect(titles(s, 'personal')).toEqual([]);
  });

  it('refuses a 31st column in a deck', () => {
    const s = withColumns(...Array.from({ length: 30 }, (_, i) => `Column ${i}`));
    expect(
      failure(() =>
        ops.addColumn(s, 'brand', 'x', draft({ type: 'home', title: 'One more', width: 'narrow' })),
      ).kind,
    ).toBe('conflict');
  });

  it('gives a new column a 2-minute refresh, no filters, no account yet, and notifications for mentions only', () => {
    let s = withColumns();
    s = ops.addColumn(
      s,
      'brand',
      'm',
      draft({ type: 'mentions', title: 'Mentions', width: 'medium' }),
    );
    s = ops.addColumn(s, 'brand', 'h', draft({ type: 'home', title: 'Home', width: 'medium' }));
    s = ops.addColumn(
      s,
      'brand',
      'q',
      draft({ type: 'search', title: 'Q', width: 'medium', notify: true }),
    );
    const [m, h, q] = s.decks[0]!.columns;
    expect(m).toMatchObject({
      notify: true,
      intervalMs: 120_000,
      accountId: null,
      filters: { hideReposts: false, mutedWords: [] },
    });
    expect(h!.notify).toBe(false);
    expect(q!.notify).toBe(true);
  });

  it('drops the support-search spec when the user switches to a hand-written query', () => {
    const built = ops.addColumn(
      withColumns(),
      'brand',
      'q',
      draft({
        type: 'search',
        title: 'Q',
        width: 'medium',
        query: 'acme',
        builder: { brandNames: ['acme'] },
      }),
    );
    expect(built.decks[0]!.columns[0]!.builder?.brandNames).toEqual(['acme']);
    const edited = ops.updateColumn(built, 'brand', 'q', { query: 'acme OR akme', builder: null });
    expect(edited.decks[0]!.columns[0]).not.toHaveProperty('builder');
    expect(edited.decks[0]!.columns[0]!.query).toBe('acme OR akme');
  });

  it('leaves the state it was given untouched', () => {
    const s = withColumns('A', 'B');
    const before = JSON.stringify(s);
    ops.moveColumn(s, 'brand', 'c1', 0);
    ops.renameDeck(s, 'brand', 'X');
    expect(JSON.stringify(s)).toBe(before);
  });
});
