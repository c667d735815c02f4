import { describe, expect, it } from 'vitest';
import {
  decodeListToken,
  decodeToken,
  encodeListToken,
  encodeToken,
  paginate,
} from '../../../src/simulator/paging';

/** Items 20..1, newest (largest id) first, one second apart. */
const items = Array.from({ length: 20 }, (_, i) => ({
  idNum: BigInt(20 - i),
  createdAt: (20 - i) * 1000,
}));
const ids = (page: { items: Array<{ idNum: bigint }> }) => page.items.map((i) => Number(i.idNum));

describe('tokens', () => {
  it.each([
    { direction: 'next' as const, id: 2094741490399322116n },
    { direction: 'previous' as const, id: 5n },
  ])('round-trip $direction', (cursor) => {
    const token = encodeToken(cursor);
    expect(token).toMatch(/^[0-9a-z]{17,}$/);
    expect(decodeToken(token)).toEqual(cursor);
  });

  it('refuses tokens it did not make', () => {
    expect(decodeToken('nonsense')).toBeUndefined();
    expect(decodeToken('9000000000000000000')).toBeUndefined();
  });

  it('keeps list tokens within 19 characters', () => {
    const token = encodeListToken({ direction: 'next', id: 3n });
    expect(token.length).toBeLessThanOrEqual(19);
    expect(decodeListToken(token)).toEqual({ direction: 'next', id: 3n });
  });
});

describe('paginate', () => {
  it('gives the newest page first with a token for the next', () => {
    const first = paginate(items, { maxResults: 5 });
    expect(ids(first)).toEqual([20, 19, 18, 17, 16]);
    expect(first.next).toEqual({ direction: 'next', id: 16n });
    expect(first.previous).toBeUndefined();
    const second = paginate(items, { maxResults: 5, cursor: first.next });
    expect(ids(second)).toEqual([15, 14, 13, 12, 11]);
    expect(second.previous).toEqual({ direction: 'previous', id: 15n });
    expect(ids(paginate(items, { maxResults: 5, cursor: second.previous }))).toEqual([
      20, 19, 18, 17, 16,
    ]);
  });

  it('stops giving next tokens on the last page', () => {
    const last = paginate(items, { maxResults: 5, cursor: { direction: 'next', id: 6n } });
    expect(ids(last)).toEqual([5, 4, 3, 2, 1]);
    expect(last.next).toBeUndefined();
  });

  it('keeps since_id and until_id exclusive, and start/end times inclusive', () => {
    expect(ids(paginate(items, { maxResults: 100, sinceId: 17n }))).toEqual([20, 19, 18]);
    expect(ids(paginate(items, { maxResults: 100, untilId: 3n }))).toEqual([2, 1]);
    expect(ids(paginate(items, { maxResults: 100, startTime: 18000, endTime: 19000 }))).toEqual([
      19, 18,
    ]);
  });

  it('pages within since_id, as polling with pagination does', () => {
    const first = paginate(items, { maxResults: 2, sinceId: 15n });
    expect(ids(first)).toEqual([20, 19]);
    const rest = paginate(items, { maxResults: 10, sinceId: 15n, cursor: first.next });
    expect(ids(rest)).toEqual([18, 17, 16]);
    expect(rest.next).toBeUndefined();
  });

  it('gives an empty page when nothing matches', () => {
    expect(paginate(items, { maxResults: 5, sinceId: 20n })).toEqual({ items: [] });
  });
});
