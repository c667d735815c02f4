import { WeekdayBudgetsSchema, type WeekdayBudgets } from '../../shared/timebox/settings';
import { BudgetDaySchema } from '../../shared/timebox/status';
import { z } from 'zod';
import type { BudgetDay } from './budget-day';
import type { Ledger } from './usage';

/**
 * The day budgets that held, with the day they began to: the Time report shows each past day
 * against its own budget, not against what the user set since. A change is noted on the day it
 * took effect (a stricter one at once, a looser one at the reset).
 */
export const BudgetChangeSchema = z.object({
  from: BudgetDaySchema,
  weekdayBudgets: WeekdayBudgetsSchema,
});
export type BudgetChange = z.infer<typeof BudgetChangeSchema>;

const same = (a: WeekdayBudgets, b: WeekdayBudgets) =>
  (Object.keys(a) as Array<keyof WeekdayBudgets>).every((d) => a[d] === b[d]);

/** The ledger with `budgets` noted as holding from `day` on; the same ledger when nothing changed. */
export function noteBudgets(ledger: Ledger, day: BudgetDay, budgets: WeekdayBudgets): Ledger {
  const history = ledger.budgetHistory ?? [];
  const last = history.at(-1);
  if (last && same(last.weekdayBudgets, budgets)) return ledger;
  // A second change on the same day replaces the first: the day ends with what held last.
  const kept = last?.from === day ? history.slice(0, -1) : history;
  return { ...ledger, budgetHistory: [...kept, { from: day, weekdayBudgets: { ...budgets } }] };
}

/**
 * The day budgets that held on `day`: the last change on or before it. A day before the history
 * begins (used before the first note, or in a ledger from before it was kept) gets the first
 * budgets noted, which no later change rewrites; with no history at all, `fallback`.
 */
export function budgetsOn(
  ledger: Ledger,
  day: BudgetDay,
  fallback: WeekdayBudgets,
): WeekdayBudgets {
  const history = ledger.budgetHistory ?? [];
  let held: WeekdayBudgets | null = history[0]?.weekdayBudgets ?? null;
  for (const change of history) if (change.from <= day) held = change.weekdayBudgets;
  return held ?? fallback;
}

/** Drops changes no kept day needs: all before `oldest` but the one that held on it. */
export function pruneBudgetHistory(history: BudgetChange[], oldest: BudgetDay): BudgetChange[] {
  const firstKept = history.findIndex((c) => c.from > oldest);
  const cut = firstKept === -1 ? history.length - 1 : firstKept - 1;
  return history.slice(Math.max(0, cut));
}

/**
 * The first budget day Timedeck was used on, as the ledger remembers it (the earliest day with
 * any record): the report leaves out the days before it. Null for a ledger with no record yet.
 */
export function firstUsedDay(ledger: Ledger): BudgetDay | null {
  const days = [
    ...Object.keys(ledger.days),
    ...ledger.sessions.map((s) => s.day),
    ...ledger.overrides.map((o) => o.day),
    ...(ledger.budgetHistory ?? []).slice(0, 1).map((c) => c.from),
  ].sort();
  return days[0] ?? null;
}
