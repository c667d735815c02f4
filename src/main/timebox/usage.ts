import { z } from 'zod';
import { presenceCounts } from './presence-rule';
import type { TimeboxSettings } from '../../shared/timebox/settings';
import { SettingsStateSchema } from './settings-state';
import { BudgetDaySchema, FocusSessionViewSchema } from '../../shared/timebox/status';
import type { PresenceState } from '../platform/presence';
import { addDays, type BudgetDay } from './budget-day';
import type { ClockAnomaly, SeenDay } from './day-tracker';
import { BudgetChangeSchema, pruneBudgetHistory } from './budget-history';

/**
 * The usage ledger: what the time box has counted, per budget day, per deck and per account,
 * plus everything the report must list (overrides, clock jumps, recoveries) and the last day
 * seen, so that a restart resumes the same day. Every function returns a new ledger.
 */

const seconds = z.number().min(0);

export const DayUsageSchema = z.object({
  totalSeconds: seconds,
  decks: z.record(z.string(), seconds),
  accounts: z.record(z.string(), seconds),
  /**
   * Set when the ledger was lost (no good copy survived): what was used that day is unknown,
   * so the day counts as spent rather than as unused.
   */
  lost: z.boolean().optional(),
});
export type DayUsage = z.infer<typeof DayUsageSchema>;

export const OverrideRecordSchema = z.object({
  /** The budget day the minutes were granted on. */
  day: BudgetDaySchema,
  /** The budget day they were taken from. */
  borrowedFrom: BudgetDaySchema,
  minutes: z.number().int().min(0),
  reason: z.string().min(1),
  grantedAt: z.number(),
});
export type OverrideRecord = z.infer<typeof OverrideRecordSchema>;

export const AnomalySchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.enum(['clock-forward', 'clock-back']),
    fromWall: z.number(),
    toWall: z.number(),
    day: BudgetDaySchema,
  }),
  z.object({
    kind: z.enum(['ledger-recovered', 'ledger-lost']),
    at: z.number(),
    day: BudgetDaySchema,
    detail: z.string(),
  }),
]);
export type Anomaly = z.infer<typeof AnomalySchema>;

/** A finished focus session and its summary, filed under the day it started. */
export const SessionRecordSchema = FocusSessionViewSchema.extend({ day: BudgetDaySchema });
export type SessionRecord = z.infer<typeof SessionRecordSchema>;

export const LedgerSchema = z.object({
  version: z.literal(1),
  days: z.record(BudgetDaySchema, DayUsageSchema),
  overrides: z.array(OverrideRecordSchema),
  anomalies: z.array(AnomalySchema),
  /** Finished focus sessions, with their summaries. */
  sessions: z.array(SessionRecordSchema),
  seen: z.object({ day: BudgetDaySchema, wall: z.number() }).nullable(),
  /**
   * The last known time box settings, a second record beside the settings store's (see
   * second-record.ts): if that file is lost, the strictest of these hold.
   */
  settings: SettingsStateSchema.optional(),
  /** The day budgets that held, from which day (budget-history.ts): absent in older ledgers. */
  budgetHistory: z.array(BudgetChangeSchema).optional(),
});
export type Ledger = z.infer<typeof LedgerSchema>;

export const emptyLedger = (): Ledger => ({
  version: 1,
  days: {},
  overrides: [],
  anomalies: [],
  sessions: [],
  seen: null,
});

const emptyDay = (): DayUsage => ({ totalSeconds: 0, decks: {}, accounts: {} });

/** A record's own value only: a key like "toString" must not find Object.prototype's. */
const own = (record: Record<string, number>, key: string) =>
  Object.hasOwn(record, key) ? record[key]! : 0;

export const dayUsage = (ledger: Ledger, day: BudgetDay): DayUsage =>
  (Object.hasOwn(ledger.days, day) ? ledger.days[day] : undefined) ?? emptyDay();

export interface Tick {
  day: BudgetDay;
  deckId: string;
  /** The accounts of the deck's columns: each is charged the whole tick. */
  accountIds: readonly string[];
  seconds: number;
}

/** Charges one counted stretch to the day, the deck on screen and its accounts. */
export function countTick(ledger: Ledger, tick: Tick): Ledger {
  if (!(tick.seconds > 0)) return ledger;
  const before = dayUsage(ledger, tick.day);
  const accounts = { ...before.accounts };
  for (const id of new Set(tick.accountIds)) accounts[id] = own(accounts, id) + tick.seconds;
  const after: DayUsage = {
    ...before,
    totalSeconds: before.totalSeconds + tick.seconds,
    decks: { ...before.decks, [tick.deckId]: own(before.decks, tick.deckId) + tick.seconds },
    accounts,
  };
  return { ...ledger, days: { ...ledger.days, [tick.day]: after } };
}

/** Whether a second of this moment is real use of the deck on screen. */
export function isCounting(
  presence: PresenceState,
  settings: Pick<TimeboxSettings, 'idleThresholdSeconds' | 'countOnlyWhenFocused'>,
  deckOpen: boolean,
): boolean {
  return deckOpen && presenceCounts(presence, settings);
}

export const rememberSeenDay = (ledger: Ledger, seen: SeenDay): Ledger =>
  ledger.seen?.day === seen.day && ledger.seen.wall === seen.wall
    ? ledger
    : { ...ledger, seen: { day: seen.day, wall: seen.wall } };

export const recordAnomaly = (ledger: Ledger, anomaly: ClockAnomaly | Anomaly): Ledger => ({
  ...ledger,
  anomalies: [...ledger.anomalies, anomaly],
});

export const recordOverride = (ledger: Ledger, override: OverrideRecord): Ledger => ({
  ...ledger,
  overrides: [...ledger.overrides, override],
});

export const recordSession = (ledger: Ledger, session: SessionRecord): Ledger => ({
  ...ledger,
  sessions: [...ledger.sessions, session],
});

/** Marks a day whose usage was lost with the ledger: it then counts as spent. */
export const markUsageLost = (ledger: Ledger, day: BudgetDay): Ledger => ({
  ...ledger,
  days: { ...ledger.days, [day]: { ...dayUsage(ledger, day), lost: true } },
});

export const overridesGrantedOn = (ledger: Ledger, day: BudgetDay): OverrideRecord[] =>
  ledger.overrides.filter((o) => o.day === day);

/** Minutes that overrides on earlier days took from `day`. */
export const minutesBorrowedFrom = (ledger: Ledger, day: BudgetDay): number =>
  ledger.overrides.filter((o) => o.borrowedFrom === day).reduce((sum, o) => sum + o.minutes, 0);

/** Drops what is older than `keepDays` before `today`, keeping the file small. */
export function pruneLedger(ledger: Ledger, today: BudgetDay, keepDays = 120): Ledger {
  const oldest = addDays(today, -keepDays);
  const keep = (day: BudgetDay) => day >= oldest;
  return {
    ...ledger,
    days: Object.fromEntries(Object.entries(ledger.days).filter(([day]) => keep(day))),
    overrides: ledger.overrides.filter((o) => keep(o.borrowedFrom)),
    anomalies: ledger.anomalies.filter((a) => keep(a.day)),
    sessions: ledger.sessions.filter((s) => keep(s.day)),
    ...(ledger.budgetHistory
      ? { budgetHistory: pruneBudgetHistory(ledger.budgetHistory, oldest) }
      : {}),
  };
}

export type ReportEntry =
  | { kind: 'override'; day: BudgetDay; at: number; record: OverrideRecord }
  | { kind: Anomaly['kind']; day: BudgetDay; at: number; anomaly: Anomaly };

/** Every anomaly for the report, oldest first: clock jumps, recoveries and overrides. */
export function reportEntries(ledger: Ledger): ReportEntry[] {
  const entries: ReportEntry[] = [
    ...ledger.anomalies.map((a): ReportEntry => ({
      kind: a.kind,
      day: a.day,
      at: 'at' in a ? a.at : a.toWall,
      anomaly: a,
    })),
    ...ledger.overrides.map((o): ReportEntry => ({
      kind: 'override',
      day: o.day,
      at: o.grantedAt,
      record: o,
    })),
  ];
  return entries.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.at - b.at));
}
