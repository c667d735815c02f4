import { WEEKDAYS, type Weekday } from '../../../shared/timebox/constants';
import type {
  AccountActivity,
  FocusSessionView,
  LockReason,
  PendingChange,
} from '../../../shared/timebox/status';

/**
 * The time box in words. Main decides every number; these only say them, the same way
 * everywhere (header, lock panel, Time view, window title).
 */

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * A countdown: "4:59", "12:34", "1:00:00". Rounded up, so that time which has not run out never
 * reads "0:00".
 */
export function countdown(seconds: number): string {
  const total = Math.max(0, Math.ceil(seconds));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const rest = total % 60;
  return hours > 0 ? `${hours}:${pad2(minutes)}:${pad2(rest)}` : `${minutes}:${pad2(rest)}`;
}

/** Whole minutes, never rounded up: "0 min", "29 min", "1 h 5 min". */
export function minutesWords(seconds: number): string {
  const minutes = Math.floor(Math.max(0, seconds) / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** "12 of 30 min" */
export function usedOfBudget(usedSeconds: number, budgetSeconds: number): string {
  const used = Math.floor(Math.max(0, usedSeconds) / 60);
  const budget = Math.floor(Math.max(0, budgetSeconds) / 60);
  return `${used} of ${budget} min`;
}

/** An instant as "Tue 24 Nov, 04:00", in the given zone (the system's when absent). */
export function instantWords(ms: number, timeZone?: string): string {
  const zone = timeZone ? { timeZone } : {};
  const date = new Intl.DateTimeFormat('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...zone,
  }).format(ms);
  const time = new Intl.DateTimeFormat('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    ...zone,
  }).format(ms);
  return `${date.replace(',', '')}, ${time}`;
}

export const LOCK_HEADLINES: Record<LockReason, string> = {
  'total-spent': 'Today’s time for X is spent',
  'deck-spent': 'This deck’s time for today is spent',
  'sessions-only': 'This deck opens during a focus session',
  fault: 'Timedeck locked your decks after an error',
};

/** When a lock lifts, in words; null when main sees no day with budget ahead. */
export function opensWords(opensAt: number | null, timeZone?: string): string {
  return opensAt === null
    ? 'No day with time for X in the next two weeks: change the budget in Time settings.'
    : `Opens again ${instantWords(opensAt, timeZone)}.`;
}

const WEEKDAY_NAMES: Record<Weekday, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

export const weekdayName = (day: Weekday): string => WEEKDAY_NAMES[day];

type SettingValue = PendingChange['from'];

const minutesValue = (v: SettingValue) => (typeof v === 'number' ? `${v} min` : String(v));

const hourWords = (v: SettingValue) => (typeof v === 'number' ? `${pad2(v)}:00` : String(v));

function secondsValue(v: SettingValue): string {
  if (typeof v !== 'number') return String(v);
  return v % 60 === 0 ? `${v / 60} min` : `${v} s`;
}

/** A setting's name and its two values, for the list of changes waiting for the reset. */
export function pendingChangeWords(
  change: PendingChange,
  deckName: (deckId: string) => string,
): { setting: string; from: string; to: string } {
  const [group, key] = change.field.split('.', 2) as [string, string | undefined];
  const both = (say: (v: SettingValue) => string, setting: string) => ({
    setting,
    from: say(change.from),
    to: say(change.to),
  });
  switch (group) {
    case 'weekdayBudgets': {
      const day = WEEKDAYS.find((d) => d === key);
      return both(minutesValue, day ? `${weekdayName(day)} budget` : `Budget (${key})`);
    }
    case 'deckBudgets':
      return both(
        (v) => (v === null ? 'no budget of its own' : minutesValue(v)),
        `Budget of the deck “${deckName(key ?? '')}”`,
      );
    case 'enabled':
      return both((v) => (v ? 'on' : 'off'), 'Time box');
    case 'resetHour':
      return both(hourWords, 'Reset hour');
    case 'homeTimeZone':
      return both(String, 'Home time zone');
    case 'mode':
      return both((v) => (v === 'sessions-only' ? 'sessions only' : String(v)), 'Mode');
    case 'idleThresholdSeconds':
      return both(secondsValue, 'Idle after');
    case 'countOnlyWhenFocused':
      return both((v) => (v ? 'on' : 'off'), 'Count only while Timedeck is focused');
    case 'overridesPerDay':
      return both((v) => (v === 0 ? 'none' : String(v)), 'Overrides per day');
    case 'overrideMinutes':
      return both(minutesValue, 'Override length');
    default:
      return both(String, change.field);
  }
}

export const APP_TITLE = 'Timedeck';

/** The window title: the session's countdown and purpose while one is under way. */
export function windowTitle(session: FocusSessionView | null): string {
  if (!session || session.state === 'finished') return APP_TITLE;
  const purpose = session.purpose.trim() || 'focus session';
  const time = session.state === 'paused' ? 'Paused' : countdown(session.remainingSeconds);
  return `${time} · ${purpose} — ${APP_TITLE}`;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** One account's part of a session: "12 posts seen, 3 replies, 1 post sent". */
export function activityWords(a: AccountActivity): string {
  return [
    `${plural(a.postsSeen, 'post')} seen`,
    plural(a.repliesSent, 'reply', 'replies'),
    `${plural(a.postsSent, 'post')} sent`,
  ].join(', ');
}

/** Everything a session's accounts did, added up. */
export function activityTotals(accounts: Record<string, AccountActivity>): AccountActivity {
  return Object.values(accounts).reduce(
    (t, a) => ({
      postsSeen: t.postsSeen + a.postsSeen,
      repliesSent: t.repliesSent + a.repliesSent,
      postsSent: t.postsSent + a.postsSent,
    }),
    { postsSeen: 0, repliesSent: 0, postsSent: 0 },
  );
}

/** Which rule counts the user's time, in words, for the Time view. */
export function countingRuleWords(settings: {
  countOnlyWhenFocused?: boolean;
  idleThresholdSeconds: number;
}): string {
  const idle = `you have used the computer in the last ${settings.idleThresholdSeconds} seconds`;
  return settings.countOnlyWhenFocused
    ? `Time counts only while Timedeck is focused and ${idle}.`
    : `Time counts while a deck is on screen and ${idle}, whether Timedeck is focused or not.`;
}
