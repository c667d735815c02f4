import { toCsv } from '../../shared/csv';
import { minorDigits, type OutcomeRecord } from '../../shared/outcomes/return-on-time';
import type { DecksState } from '../../shared/decks/schema';
import type { ReportDay, TimeReport } from '../../shared/timebox/view';
import type { TimeboxSettings } from '../../shared/timebox/settings';
import { addDays, type BudgetDay } from './budget-day';
import { totalBudgetSeconds } from './policy';
import { budgetsOn, firstUsedDay } from './budget-history';
import { dayUsage, reportEntries, type Ledger } from './usage';

export interface DayOutcomes {
  postsSent: number;
  repliesSent: number;
  postsRead: number;
  dollars: number;
}

const minutes = (s: number) => Math.round(s / 60);

function entryText(e: ReturnType<typeof reportEntries>[number]): string {
  if (e.kind === 'override')
    return `Override: ${e.record.minutes} min from ${e.record.borrowedFrom}, because “${e.record.reason}”`;
  const a = e.anomaly;
  switch (a.kind) {
    case 'clock-forward':
    case 'clock-back': {
      const hours = Math.round(Math.abs(a.toWall - a.fromWall) / 360_000) / 10;
      return `The clock moved ${a.kind === 'clock-forward' ? 'forward' : 'back'} by ${hours} h`;
    }
    default:
      return 'detail' in a && typeof a.detail === 'string' ? a.detail : a.kind;
  }
}

/**
 * The Time view: the last `days` budget days, newest last, with time beside what it brought,
 * and every override and anomaly. Pure: outcomes come in per day.
 */
export function buildReport(input: {
  ledger: Ledger;
  settings: TimeboxSettings;
  today: BudgetDay;
  days?: number;
  outcomes(day: BudgetDay): DayOutcomes;
}): TimeReport {
  const count = input.days ?? 30;
  // Days before Timedeck was first used are not days the budget was missed or kept: left out.
  const first = firstUsedDay(input.ledger) ?? input.today;
  const days: ReportDay[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const day = addDays(input.today, -i);
    if (day < first) continue;
    const usage = dayUsage(input.ledger, day);
    // Each day against the budget that held on it, not the one set since.
    const held = {
      ...input.settings,
      weekdayBudgets: budgetsOn(input.ledger, day, input.settings.weekdayBudgets),
    };
    days.push({
      day,
      budgetSeconds: totalBudgetSeconds(input.ledger, day, held),
      usedSeconds: usage.totalSeconds,
      decks: usage.decks,
      accounts: usage.accounts,
      overrideMinutes: input.ledger.overrides
        .filter((o) => o.day === day)
        .reduce((n, o) => n + o.minutes, 0),
      ...input.outcomes(day),
    });
  }
  return {
    days,
    entries: reportEntries(input.ledger).map((e) => ({
      kind: e.kind,
      day: e.day,
      at: e.at,
      text: entryText(e),
    })),
    sessions: input.ledger.sessions.map((s) => {
      const totals = Object.values(s.accounts).reduce(
        (t, a) => ({
          postsSeen: t.postsSeen + a.postsSeen,
          repliesSent: t.repliesSent + a.repliesSent,
          postsSent: t.postsSent + a.postsSent,
        }),
        { postsSeen: 0, repliesSent: 0, postsSent: 0 },
      );
      return {
        day: s.day,
        purpose: s.purpose,
        activeSeconds: s.activeSeconds,
        lengthSeconds: s.lengthSeconds,
        endedEarly: s.endedEarly,
        ...totals,
      };
    }),
  };
}

/** "48.00 GBP; 20.00 USD": money per currency as a spreadsheet reads it, never converted. */
function valueCell(outcomes: readonly OutcomeRecord[]): string {
  const sums = new Map<string, number>();
  for (const o of outcomes)
    if (o.valueMinor !== null && o.currency)
      sums.set(o.currency, (sums.get(o.currency) ?? 0) + o.valueMinor);
  return [...sums]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([c, minor]) => `${(minor / 10 ** minorDigits(c)).toFixed(minorDigits(c))} ${c}`)
    .join('; ');
}

/** More columns per day from elsewhere (the support inbox's response metrics). */
export interface DayColumns {
  header: string[];
  ofDay(day: string): Array<string | number>;
}

/**
 * CSV for a spreadsheet: one row per day and deck (a day with no use gets one row), with the
 * outcomes logged that day for that deck ("" deck: outcomes logged with no deck).
 */
export function reportCsv(
  report: TimeReport,
  decks: DecksState,
  outcomesOn: (day: BudgetDay) => readonly OutcomeRecord[] = () => [],
  more?: DayColumns,
): string {
  const names = new Map(decks.decks.map((d) => [d.id, d.name]));
  const header = [
    'day',
    'deck',
    'minutes_used',
    'day_minutes_used',
    'day_budget_minutes',
    'override_minutes',
    'posts_sent',
    'replies_sent',
    'posts_read',
    'api_dollars',
    'outcomes',
    'outcome_value',
    ...(more?.header ?? []),
  ];
  const rows = report.days.flatMap((d) => {
    const outcomes = outcomesOn(d.day);
    const deckIds = new Set(Object.keys(d.decks));
    for (const o of outcomes) deckIds.add(o.deckId ?? '');
    if (deckIds.size === 0) deckIds.add('');
    return [...deckIds].map((deckId) => {
      const mine = outcomes.filter((o) => (o.deckId ?? '') === deckId);
      return [
        d.day,
        deckId ? (names.get(deckId) ?? deckId) : '',
        minutes(d.decks[deckId] ?? 0),
        minutes(d.usedSeconds),
        minutes(d.budgetSeconds),
        d.overrideMinutes,
        d.postsSent,
        d.repliesSent,
        d.postsRead,
        d.dollars.toFixed(3),
        mine.length,
        valueCell(mine),
        ...(more?.ofDay(d.day) ?? []),
      ];
    });
  });
  return toCsv([header, ...rows]);
}
