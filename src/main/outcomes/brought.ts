import type { BroughtRow, WhatItBrought } from '../../shared/outcomes/brought-schema';
import {
  returnOnTime,
  type EffortRecord,
  type OutcomeRecord,
  type Scope,
} from '../../shared/outcomes/return-on-time';

/** A budget day of the time report: its minutes in all, per deck and per account, its dollars. */
export interface EffortDay {
  day: string;
  usedSeconds: number;
  decks: Record<string, number>;
  accounts: Record<string, number>;
  dollars: number;
}

export const BROUGHT_PERIODS = [
  { label: 'Today', days: 1 },
  { label: 'Last 7 days', days: 7 },
  { label: 'Last 30 days', days: 30 },
] as const;

/**
 * What the time on X brought, per period (today, 7 and 30 budget days), in all, per deck and per
 * account: minutes, API dollars, outcomes by kind, value and value per hour per currency. Pure.
 * Dollars are X's bill per account and day; X bills no deck, so a deck's dollars are null.
 */
export function whatItBrought(input: {
  /** The report's days, oldest first, ending today. */
  days: readonly EffortDay[];
  /** When a budget day starts (ms). */
  dayStart(day: string): number;
  /** When the last day ends (ms): the next reset. */
  end: number;
  outcomes: readonly OutcomeRecord[];
  decks: ReadonlyArray<{ id: string; name: string }>;
  accounts: ReadonlyArray<{ id: string; name: string }>;
  /** X's bill of one account on one day, in dollars. */
  accountDollars(day: string, accountId: string): number;
}): WhatItBrought {
  const row = (
    id: string,
    name: string,
    effort: EffortRecord[],
    scope: Scope,
    dollarsKnown: boolean,
  ): BroughtRow => {
    const r = returnOnTime(input.outcomes, effort, scope);
    return { id, name, ...r, dollars: dollarsKnown ? r.dollars : null };
  };
  const periods = BROUGHT_PERIODS.map(({ label, days: n }) => {
    const days = input.days.slice(-n);
    const start = days.length ? input.dayStart(days[0]!.day) : input.end;
    const scope = { start, end: input.end };
    const at = (d: EffortDay) => input.dayStart(d.day);
    const total = row(
      '',
      'All',
      days.map((d) => ({
        at: at(d),
        deckId: null,
        accountId: null,
        seconds: d.usedSeconds,
        dollars: d.dollars,
      })),
      scope,
      true,
    );
    const decks = input.decks.map((deck) =>
      row(
        deck.id,
        deck.name,
        days.map((d) => ({
          at: at(d),
          deckId: deck.id,
          accountId: null,
          seconds: d.decks[deck.id] ?? 0,
          dollars: 0,
        })),
        { ...scope, deckId: deck.id },
        false,
      ),
    );
    const accounts = input.accounts.map((account) =>
      row(
        account.id,
        account.name,
        days.map((d) => ({
          at: at(d),
          deckId: null,
          accountId: account.id,
          seconds: d.accounts[account.id] ?? 0,
          dollars: input.accountDollars(d.day, account.id),
        })),
        { ...scope, accountId: account.id },
        true,
      ),
    );
    return { label, days: n, total, decks, accounts };
  });
  return { periods, hasOutcomes: periods.some((p) => p.total.hasOutcomes) };
}
