import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PRICES,
  PRICES_READ_ON,
  WRITE_KINDS,
  postCreateKind,
  postPrice,
} from '../../../../src/shared/x/prices';
import { PriceTableSchema } from '../../../../src/shared/x/prices-schema';
import * as spend from '../../../../src/shared/x/spend';

describe('the one price table', () => {
  it('holds X’s published prices (docs: Pricing), with the day they were read', () => {
    expect(DEFAULT_PRICES).toEqual({
      postRead: 0.005,
      userRead: 0.01,
      listRead: 0.005,
      ownedRead: 0.001,
      postCreate: 0.015,
      postCreateWithUrl: 0.2,
      replySummoned: 0.01,
      interactionCreate: 0.015,
      interactionDelete: 0.01,
      contentManage: 0.005,
      countsRecent: 0.005,
    });
    expect(PRICES_READ_ON).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('is the same table the spend ledger uses (one table, not two)', () => {
    expect(spend.DEFAULT_PRICES).toBe(DEFAULT_PRICES);
    expect(spend.PriceTableSchema).toBe(PriceTableSchema);
  });

  it('prices every per-request kind', () => {
    for (const kind of WRITE_KINDS) expect(DEFAULT_PRICES[kind], kind).toBeGreaterThan(0);
  });

  it('refuses a price that is negative or absurd', () => {
    expect(PriceTableSchema.safeParse({ postRead: -1 }).success).toBe(false);
    expect(PriceTableSchema.safeParse({ postCreate: 1000 }).success).toBe(false);
  });

  it.each([
    ['Restocked Sepia Tide today', false, 0.015],
    ['Restocked: https://quillory.example/ink', false, 0.015], // .example is no real TLD
    ['Restocked: https://quillory.com/ink', false, 0.2],
    ['See quillory.com', false, 0.2],
    ['Thanks, it ships Monday! https://quillory.com/track', true, 0.01],
  ] as const)('a post %j (reply: %s) costs %s', (text, reply, price) => {
    expect(postPrice(text, reply)).toBe(price);
    expect(DEFAULT_PRICES[postCreateKind(text, reply)]).toBe(price);
  });
});
