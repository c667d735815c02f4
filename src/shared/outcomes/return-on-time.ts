/**
 * What the time on X brought: outcomes beside minutes and API dollars, per period, deck and
 * account. Money is summed per currency and never converted: £48 and $20 stay two figures.
 * With nothing logged there is no figure to show, never a zero dressed as a result.
 */

export const OUTCOME_KINDS = [
  'sale',
  'order',
  'lead_qualified',
  'call_booked',
  'issue_solved',
  'refund_avoided',
  'press_mention',
  'other',
] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

export interface OutcomeRecord {
  at: number;
  kind: OutcomeKind;
  /** In minor units (pence, cents), so sums are exact; null when it has no money value. */
  valueMinor: number | null;
  /** ISO 4217, upper case; null with no value. */
  currency: string | null;
  deckId: string | null;
  accountId: string | null;
}

/** Time and money spent, per deck and account, as the time box and spend records keep them. */
export interface EffortRecord {
  at: number;
  deckId: string | null;
  accountId: string | null;
  seconds: number;
  dollars: number;
}

export interface Scope {
  start: number;
  end: number;
  /** Only this deck / account; undefined for all. */
  deckId?: string;
  accountId?: string;
}

export interface ReturnOnTime {
  minutes: number;
  dollars: number;
  outcomes: number;
  byKind: Partial<Record<OutcomeKind, number>>;
  /** Value per currency, in minor units. */
  value: Record<string, number>;
  /** Value per hour on X, per currency (minor units per hour); empty with no time or no value. */
  valuePerHour: Record<string, number>;
  /** Whether anything was logged at all: without it the view says so instead of showing 0. */
  hasOutcomes: boolean;
}

const inScope = (
  r: { at: number; deckId: string | null; accountId: string | null },
  scope: Scope,
): boolean =>
  r.at >= scope.start &&
  r.at < scope.end &&
  (scope.deckId === undefined || r.deckId === scope.deckId) &&
  (scope.accountId === undefined || r.accountId === scope.accountId);

export function returnOnTime(
  outcomes: readonly OutcomeRecord[],
  effort: readonly EffortRecord[],
  scope: Scope,
): ReturnOnTime {
  let seconds = 0;
  let dollars = 0;
  for (const e of effort) {
    if (!inScope(e, scope)) continue;
    seconds += e.seconds;
    dollars += e.dollars;
  }
  const byKind: Partial<Record<OutcomeKind, number>> = {};
  const value: Record<string, number> = {};
  let count = 0;
  for (const o of outcomes) {
    if (!inScope(o, scope)) continue;
    count++;
    byKind[o.kind] = (byKind[o.kind] ?? 0) + 1;
    if (o.valueMinor !== null && o.currency) {
      value[o.currency] = (value[o.currency] ?? 0) + o.valueMinor;
    }
  }
  const hours = seconds / 3600;
  const valuePerHour: Record<string, number> = {};
  if (hours > 0) {
    for (const [currency, minor] of Object.entries(value)) {
      valuePerHour[currency] = Math.round(minor / hours);
    }
  }
  return {
    minutes: Math.round(seconds / 60),
    dollars: Math.round(dollars * 1e4) / 1e4,
    outcomes: count,
    byKind,
    value,
    valuePerHour,
    hasOutcomes: count > 0,
  };
}

/** Minor units per major unit (ISO 4217): most 2, some 0 or 3. */
const MINOR_DIGITS: Record<string, number> = { JPY: 0, KRW: 0, ISK: 0, HUF: 2, BHD: 3, KWD: 3 };
export const minorDigits = (currency: string): number => MINOR_DIGITS[currency] ?? 2;

/** "48.00" in GBP → 4800; null for what is not an amount. */
export function parseAmount(input: string, currency: string): number | null {
  const digits = minorDigits(currency);
  const text = input.trim().replace(/[\s,](?=\d{3}\b)/g, '');
  const match = /^(\d{1,12})(?:[.,](\d+))?$/.exec(text);
  if (!match) return null;
  const fraction = match[2] ?? '';
  if (fraction.length > digits) return null;
  return Number(match[1]) * 10 ** digits + Number(fraction.padEnd(digits, '0') || 0);
}

export function formatAmount(minor: number, currency: string, locale = 'en-GB'): string {
  const digits = minorDigits(currency);
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(minor / 10 ** digits);
}
