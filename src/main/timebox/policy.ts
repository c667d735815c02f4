import type { TimeboxSettings } from '../../shared/timebox/settings';
import type {
  BudgetStatus,
  DeckStatus,
  LockReason,
  TimeboxStatus,
  WarningLevel,
} from '../../shared/timebox/status';
import { addDays, dayStartAt, weekdayOf, type BudgetDay } from './budget-day';
import { advanceSession, sessionView, type FocusSession } from './focus-session';
import { pendingChanges } from './settings-change';
import { dayUsage, minutesBorrowedFrom, overridesGrantedOn, type Ledger } from './usage';

/**
 * What is open and what is locked, from the ledger and the settings in force. Budgets are
 * computed in seconds: the day's weekday budget, less what yesterday's overrides took from it
 * (never below zero), plus today's overrides.
 *
 * Deck budgets are caps inside the total, not reservations: a deck with its own budget locks
 * when that is spent or when the total is; a deck without one is limited by the total alone.
 */

export const WARN_5_MIN = 5 * 60;
export const WARN_1_MIN = 60;
export const COUNTDOWN_FROM = 10 * 60;
/** How far ahead opensAt looks for a day with budget (a week of zero-minute days, and a debt). */
const OPENS_LOOKAHEAD_DAYS = 14;

export interface StatusInput {
  ledger: Ledger;
  /** The settings in force today. */
  settings: TimeboxSettings;
  /** What the user set, in force from the next reset; defaults to `settings`. */
  upcoming?: TimeboxSettings;
  day: BudgetDay;
  /** The decks that exist, in their order. */
  deckIds: readonly string[];
  session: FocusSession | null;
  mono: number;
}

const minutesOf = (ledger: Ledger, day: BudgetDay, s: TimeboxSettings) =>
  Math.max(0, s.weekdayBudgets[weekdayOf(day)] - minutesBorrowedFrom(ledger, day));

const grantedMinutes = (ledger: Ledger, day: BudgetDay) =>
  overridesGrantedOn(ledger, day).reduce((sum, o) => sum + o.minutes, 0);

/** The day's total budget in seconds, with what overrides added and took away. */
export function totalBudgetSeconds(ledger: Ledger, day: BudgetDay, s: TimeboxSettings): number {
  return (minutesOf(ledger, day, s) + grantedMinutes(ledger, day)) * 60;
}

/** A deck's own cap in seconds (overrides lift it too), or null when it has none. */
export function deckBudgetSeconds(
  ledger: Ledger,
  day: BudgetDay,
  s: TimeboxSettings,
  deckId: string,
): number | null {
  const own = Object.hasOwn(s.deckBudgets, deckId) ? s.deckBudgets[deckId] : undefined;
  return own === undefined ? null : (own + grantedMinutes(ledger, day)) * 60;
}

/** Seconds used on the day; a day whose record was lost counts as fully spent. */
export function totalUsedSeconds(ledger: Ledger, day: BudgetDay, s: TimeboxSettings): number {
  const usage = dayUsage(ledger, day);
  return usage.lost
    ? Math.max(usage.totalSeconds, minutesOf(ledger, day, s) * 60)
    : usage.totalSeconds;
}

export function warningLevel(remainingSeconds: number, locked: boolean): WarningLevel {
  if (locked) return 'none';
  if (remainingSeconds <= WARN_1_MIN) return '1min';
  if (remainingSeconds <= WARN_5_MIN) return '5min';
  return 'none';
}

const SEVERITY: Record<WarningLevel, number> = { none: 0, '5min': 1, '1min': 2 };

/** The warning to announce (banner and notification) when the level rises; null otherwise. */
export const warningToAnnounce = (prev: WarningLevel, next: WarningLevel): WarningLevel | null =>
  SEVERITY[next] > SEVERITY[prev] ? next : null;

/**
 * The first reset after `day` that brings budget back (for a deck, its own too). The current
 * day ends by today's rule; later days follow the upcoming settings.
 */
function budgetReturnsAt(input: StatusInput, deckId: string | null): number | null {
  const { ledger, settings, day } = input;
  const upcoming = input.upcoming ?? settings;
  for (let k = 1; k <= OPENS_LOOKAHEAD_DAYS; k++) {
    const next = addDays(day, k);
    const rule = k === 1 ? settings : upcoming;
    const total = totalBudgetSeconds(ledger, next, upcoming);
    const own = deckId === null ? null : deckBudgetSeconds(ledger, next, upcoming, deckId);
    const open = !upcoming.enabled || (total > 0 && (own === null || own > 0));
    if (open) return dayStartAt(next, rule.homeTimeZone, rule.resetHour);
  }
  return null;
}

function budgetStatus(
  input: StatusInput,
  deckId: string | null,
  used: number,
  budget: number,
  remaining: number,
  lockReason: LockReason | null,
): BudgetStatus {
  const locked = input.settings.enabled && lockReason !== null;
  const budgetLock = locked && lockReason !== 'sessions-only';
  const showCountdown = input.settings.enabled && !locked && remaining <= COUNTDOWN_FROM;
  return {
    usedSeconds: used,
    budgetSeconds: budget,
    remainingSeconds: remaining,
    locked,
    lockReason: locked ? lockReason : null,
    opensAt: budgetLock ? budgetReturnsAt(input, deckId) : null,
    warning: input.settings.enabled ? warningLevel(remaining, locked) : 'none',
    showCountdown,
  };
}

export function timeboxStatus(input: StatusInput): TimeboxStatus {
  const { ledger, settings, day, mono } = input;
  const session = input.session ? advanceSession(input.session, mono) : null;
  const sessionRunning = session?.state === 'running';
  const usage = dayUsage(ledger, day);

  const totalBudget = totalBudgetSeconds(ledger, day, settings);
  const totalUsed = totalUsedSeconds(ledger, day, settings);
  const totalRemaining = Math.max(0, totalBudget - totalUsed);
  const sessionsLock = settings.mode === 'sessions-only' && !sessionRunning;
  const totalLock: LockReason | null =
    totalRemaining <= 0 ? 'total-spent' : sessionsLock ? 'sessions-only' : null;

  const decks = input.deckIds.map((deckId): DeckStatus => {
    const used = usage.decks[deckId] ?? 0;
    const own = deckBudgetSeconds(ledger, day, settings, deckId);
    const ownRemaining = own === null ? Infinity : Math.max(0, own - used);
    const remaining = Math.min(ownRemaining, totalRemaining);
    const reason: LockReason | null =
      totalRemaining <= 0
        ? 'total-spent'
        : ownRemaining <= 0
          ? 'deck-spent'
          : sessionsLock
            ? 'sessions-only'
            : null;
    return {
      deckId,
      ownBudget: own !== null,
      ...budgetStatus(input, deckId, used, own ?? totalBudget, remaining, reason),
    };
  });

  const upcoming = input.upcoming ?? settings;
  return {
    enabled: settings.enabled,
    mode: settings.mode,
    day,
    nextResetAt: dayStartAt(addDays(day, 1), settings.homeTimeZone, settings.resetHour),
    total: budgetStatus(input, null, totalUsed, totalBudget, totalRemaining, totalLock),
    decks,
    pending: pendingChanges({ active: settings, desired: upcoming, changedOn: day }),
    focusSession: session ? sessionView(session, mono) : null,
    override: {
      perDay: settings.overridesPerDay,
      minutes: settings.overrideMinutes,
      usedToday: overridesGrantedOn(ledger, day).length,
      available: overridesGrantedOn(ledger, day).length < settings.overridesPerDay,
    },
  };
}
