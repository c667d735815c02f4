import { describe, expect, it } from 'vitest';
import { eventContract, invokeChannels } from '../../../../src/shared/ipc/contract';

/** Payloads that no channel may accept, whatever its schema. */
const ALWAYS_MALFORMED: unknown[] = [
  null,
  42,
  'decks',
  true,
  [],
  { deckId: 'brand', extra: 'field' },
];

/** A valid request for every channel, so that each rejection below is about one thing. */
const VALID: Record<string, unknown> = {
  'app.info': undefined,
  'app.dismissNotice': { noticeId: 'n1' },
  'decks.get': undefined,
  'decks.create': { name: 'Launch' },
  'decks.rename': { deckId: 'brand', name: 'Brand HQ' },
  'decks.move': { deckId: 'brand', toIndex: 1 },
  'decks.remove': { deckId: 'brand' },
  'decks.activate': { deckId: 'brand' },
  'columns.add': { deckId: 'brand', column: { type: 'search', title: 'Acme', width: 'wide' } },
  'columns.update': { deckId: 'brand', columnId: 'c1', patch: { title: 'Acme typos' } },
  'columns.move': { deckId: 'brand', columnId: 'c1', toIndex: 0 },
  'columns.remove': { deckId: 'brand', columnId: 'c1' },
  'links.open': { url: 'https://x.com/acme' },
};

/** Channel-specific mistakes a buggy or hostile renderer might send. */
const MALFORMED: Record<string, unknown[]> = {
  'decks.create': [{ name: '' }, { name: '   ' }, { name: 'x'.repeat(41) }, { name: 7 }, {}],
  'decks.rename': [{ deckId: '', name: 'A' }, { deckId: 'brand', name: '' }, { name: 'A' }],
  'decks.move': [
    { deckId: 'brand', toIndex: -1 },
    { deckId: 'brand', toIndex: 1.5 },
    { deckId: 'brand', toIndex: '1' },
  ],
  'columns.add': [
    { deckId: 'brand', column: { type: 'timeline-of-doom', title: 'A', width: 'wide' } },
    { deckId: 'brand', column: { type: 'search', title: '', width: 'wide' } },
    { deckId: 'brand', column: { type: 'search', title: 'A', width: 'huge' } },
    {
      deckId: 'brand',
      column: { type: 'search', title: 'A', width: 'wide', id: 'chosen-by-renderer' },
    },
    { deckId: 'brand' },
  ],
  'columns.update': [
    { deckId: 'brand', columnId: 'c1', patch: {} },
    { deckId: 'brand', columnId: 'c1', patch: { title: '' } },
    { deckId: 'brand', columnId: 'c1', patch: { type: 'dm' } },
    { deckId: 'brand', columnId: 'c1', patch: { id: 'c2' } },
  ],
  'links.open': [{ url: 7 }, { url: 'x'.repeat(5000) }],
};

describe('the IPC contract', () => {
  it('knows every channel that has test data, and has test data for every channel', () => {
    expect(invokeChannels.map((c) => c.name).sort()).toEqual(Object.keys(VALID).sort());
  });

  describe.each(invokeChannels)('$name', ({ name, spec }) => {
    it('accepts a well-formed request', () => {
      expect(spec.request.safeParse(VALID[name]).success).toBe(true);
    });

    it.each(ALWAYS_MALFORMED.map((p) => [JSON.stringify(p) ?? String(p), p]))(
      'rejects %s',
      (_label, payload) => {
        expect(spec.request.safeParse(payload).success).toBe(false);
      },
    );

    const specific = MALFORMED[name] ?? [];
    if (specific.length > 0) {
      it.each(specific.map((p) => [JSON.stringify(p), p]))('rejects %s', (_label, payload) => {
        expect(spec.request.safeParse(payload).success).toBe(false);
      });
    }
  });

  it('trims names and titles before they are stored', () => {
    const create = invokeChannels.find((c) => c.name === 'decks.create')!;
    expect(create.spec.request.parse({ name: '  Launch  ' })).toEqual({ name: 'Launch' });
  });

  it('rejects malformed events before any transport sends them', () => {
    expect(eventContract['decks.changed'].safeParse({ decks: [], activeDeckId: 'x' }).success).toBe(
      false,
    );
    expect(
      eventContract['app.notice'].safeParse({ id: 'n', level: 'panic', message: 'm', at: 1 })
        .success,
    ).toBe(false);
  });
});
