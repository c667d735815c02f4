import { z } from 'zod';
import { DEFAULT_PRICES, WRITE_KINDS, type PriceTable } from './prices';

const dollars = z.number().min(0).max(100);

/** A stored price table: each price a dollar figure, X's published price where none is set. */
export const PriceTableSchema = z.object(
  Object.fromEntries(
    Object.entries(DEFAULT_PRICES).map(([kind, price]) => [kind, dollars.default(price)]),
  ) as { [K in keyof PriceTable]: z.ZodDefault<typeof dollars> },
);

export const WriteKindSchema = z.enum(WRITE_KINDS);
