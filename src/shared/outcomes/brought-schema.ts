import { z } from 'zod';
import { OUTCOME_KINDS } from './return-on-time';

/** "What it brought" on the IPC boundary: the Time view's third column of the ledger. */

const money = z.record(z.string(), z.number().int());

export const BroughtRowSchema = z.object({
  /** '' for all decks and accounts together. */
  id: z.string(),
  name: z.string(),
  minutes: z.number(),
  /** API dollars; null where X's bill cannot be split this way (per deck). */
  dollars: z.number().nullable(),
  outcomes: z.number().int(),
  byKind: z.partialRecord(z.enum(OUTCOME_KINDS), z.number().int()),
  /** Per currency, minor units; never converted. */
  value: money,
  valuePerHour: money,
  hasOutcomes: z.boolean(),
});
export type BroughtRow = z.infer<typeof BroughtRowSchema>;

export const BroughtPeriodSchema = z.object({
  label: z.string(),
  days: z.number().int(),
  total: BroughtRowSchema,
  decks: z.array(BroughtRowSchema),
  accounts: z.array(BroughtRowSchema),
});

export const WhatItBroughtSchema = z.object({
  periods: z.array(BroughtPeriodSchema),
  /** Whether any outcome was ever logged in the 30 days: without, the view says so. */
  hasOutcomes: z.boolean(),
});
export type WhatItBrought = z.infer<typeof WhatItBroughtSchema>;
