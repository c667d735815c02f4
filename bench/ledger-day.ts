import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createEventHub } from '../src/main/ipc/events';
import { FakeClock, type Clock } from '../src/shared/time/clock';
import { silentLogger } from '../src/main/platform/logger';
import { createSettablePresence, type PresenceSource } from '../src/main/platform/presence';
import { budgetDayOf } from '../src/main/timebox/budget-day';
import { loadLedger } from '../src/main/timebox/ledger-store';
import { defaultState, type PersistedState } from '../src/main/store/schema';
import type { StateStore } from '../src/main/store/state-store';
import { initialSettingsState } from '../src/main/timebox/settings-change';
import { createTimeboxService } from '../src/main/timebox/timebox-service';
import { MINUTES_PER_DAY, defaultTimeboxSettings } from '../src/shared/timebox/settings';
import {
  everyMs,
  hostPresence,
  presenceAt,
  presenceChanges,
  scriptDay,
  trueActiveSeconds,
  type DayScript,
  type PresenceChange,
} from './ledger-script';
import { scratchDir } from './scratch-dir';
import { worse } from './worse';
import { IDLE_POLL } from '../src/main/platform/idle-poll';
import { round } from './stats';

/**
 * ledger_error_s_per_hour: the whole time box service (createTimeboxService, as main wires it)
 * on a FakeClock through scripted working days of focus, blur, idle and a screen lock, with a
 * budget of the whole day so that no lock stops the count. What its ledger file holds at the end
 * is compared with the active seconds computed from the script (ledger-script.ts).
 */

const HOME_ZONE = 'UTC';
const MINUTE = 60_000;

/**
 * Σ over the day's minutes of |counted − true| within that minute, per hour: an error in one
 * minute is not cancelled by an opposite one in another.
 */
export function minuteErrorSPerHour(script: DayScript, countedAtMinute: readonly number[]) {
  let sum = 0;
  let countedBefore = 0;
  let trueBefore = 0;
  countedAtMinute.forEach((counted, i) => {
    const truth = trueActiveSeconds(script, script.start + (i + 1) * MINUTE);
    sum += Math.abs(counted - countedBefore - (truth - trueBefore));
    countedBefore = counted;
    trueBefore = truth;
  });
  return sum / ((script.end - script.start) / 3_600_000);
}

export const LEDGER_DAYS = {
  seeds: ['monday', 'tuesday', 'wednesday'],
  start: Date.UTC(2026, 2, 10, 9),
  hours: 8,
  /**
   * The Electron host before it read the idle time on idle-poll.ts's schedule: every 5 s, as a
   * fixed interval. Kept to show the metric fail (`--worse ledger` makes it the headline).
   */
  fixedIdlePollMs: 5000,
  /** When, after the day's start, the host's first read of the idle time falls. */
  idlePollPhaseMs: 1234,
};

/** The settings store in memory: what the time box reads of it (decks, settings) is the same. */
function memoryStore(state: PersistedState): StateStore<PersistedState> {
  return {
    get: (key) => state[key],
    set: (key, value) => void (state[key] = value),
  };
}

/**
 * The time box service as main wires it, with a budget of the whole day (so that no lock stops
 * the count) and the settings store in memory. Not started.
 */
export function benchTimebox(options: {
  clock: Clock;
  presence: PresenceSource;
  dataDir: string;
  idleThresholdSeconds: number;
}) {
  const store = memoryStore(defaultState());
  const settings = {
    ...defaultTimeboxSettings(HOME_ZONE),
    idleThresholdSeconds: options.idleThresholdSeconds,
    // The scripted day's truth is its focused stretches: measure the focused-only rule, the
    // stricter of the two (the default also counts a visible, unfocused window).
    countOnlyWhenFocused: true,
    weekdayBudgets: Object.fromEntries(
      ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, MINUTES_PER_DAY]),
    ) as ReturnType<typeof defaultTimeboxSettings>['weekdayBudgets'],
  };
  const day = budgetDayOf(options.clock.now(), HOME_ZONE, settings.resetHour);
  store.set('timebox', initialSettingsState(settings, day));
  // Settings already stored mean the time box ran before: its second record of today must be
  // there too, or the service (rightly) counts a lost ledger as a spent day.
  store.set('timeboxUsage', { day, usedSeconds: 0, lost: false });
  const timebox = createTimeboxService({
    clock: options.clock,
    log: silentLogger,
    events: createEventHub(),
    store,
    presence: options.presence,
    dataDir: options.dataDir,
    systemTimeZone: HOME_ZONE,
    newId: () => randomUUID(),
    notify: () => {},
    notice: () => {},
    onLocksChanged: () => {},
    spendOn: () => ({ postsRead: 0, dollars: 0 }),
  });
  return { timebox, day };
}

/** Counted seconds for one day of presence changes, through the real service and its file. */
export async function countDay(script: DayScript, changes: readonly PresenceChange[]) {
  return (await countDayByMinute(script, changes)).totalSeconds;
}

/**
 * The same, and the seconds the service had counted at each minute of the day (its own view,
 * read at every minute boundary): where errors are, not only whether they cancel out.
 */
export async function countDayByMinute(
  script: DayScript,
  changes: readonly PresenceChange[],
): Promise<{ totalSeconds: number; countedAtMinute: number[] }> {
  const dataDir = scratchDir('ledger');
  try {
    const clock = new FakeClock(script.start);
    const presence = createSettablePresence(presenceAt(script, script.start));
    const { timebox, day } = benchTimebox({
      clock,
      presence,
      dataDir,
      idleThresholdSeconds: script.idleThresholdSeconds,
    });
    timebox.start();
    const countedAtMinute: number[] = [];
    let nextMinute = script.start + MINUTE;
    const advanceTo = (at: number) => {
      for (; nextMinute <= at; nextMinute += MINUTE) {
        clock.advance(nextMinute - clock.now());
        countedAtMinute.push(timebox.view().status.total.usedSeconds);
      }
      clock.advance(at - clock.now());
    };
    for (const change of changes) {
      advanceTo(change.at);
      presence.set(change.patch);
    }
    advanceTo(script.end);
    timebox.stop();

    const { ledger } = loadLedger(path.join(dataDir, 'time-ledger.json'), {
      now: clock.now(),
      today: day,
    });
    return { totalSeconds: ledger.days[day]?.totalSeconds ?? 0, countedAtMinute };
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function measureLedgerDay(options = LEDGER_DAYS) {
  const oldHost = worse('ledger');
  const days = [];
  for (const seed of options.seeds) {
    const script = scriptDay({
      seed,
      start: options.start,
      hours: options.hours,
      idleThresholdSeconds: defaultTimeboxSettings(HOME_ZONE).idleThresholdSeconds,
    });
    const truth = trueActiveSeconds(script);
    const errors = async (changes: readonly PresenceChange[]) => {
      const counted = await countDayByMinute(script, changes);
      return {
        countedSeconds: round(counted.totalSeconds, 3),
        errorSPerHour: round(minuteErrorSPerHour(script, counted.countedAtMinute), 3),
        netErrorSPerHour: round(Math.abs(counted.totalSeconds - truth) / options.hours, 3),
      };
    };
    const host = hostPresence(script, { phaseMs: options.idlePollPhaseMs });
    const fixed = hostPresence(script, {
      schedule: everyMs(options.fixedIdlePollMs),
      phaseMs: options.idlePollPhaseMs,
    });
    const perHour = (reads: number) => round(reads / options.hours, 1);
    const fixedPoll = { ...(await errors(fixed.changes)), idleReadsPerHour: perHour(fixed.reads) };
    days.push({
      seed,
      presenceChanges: presenceChanges(script).length,
      trueActiveSeconds: round(truth, 3),
      /**
       * The headline: presence as the Electron host reports it, the idle time read on
       * idle-poll.ts's schedule (with --worse ledger: every 5 s, the old host).
       */
      ...(oldHost ? fixedPoll : await errors(host.changes)),
      idleReadsPerHour: perHour((oldHost ? fixed : host).reads),
      /** The old host: the idle time read every 5 s. */
      fixedPoll,
      /** An ideal presence source (each change at its moment): what the service itself adds. */
      idealSource: await errors(presenceChanges(script)),
    });
  }
  // The worst day: a time box that is exact on average but not on some day is not exact.
  return {
    values: { ledger_error_s_per_hour: Math.max(...days.map((d) => d.errorSPerHour)) },
    details: {
      hours: options.hours,
      idleSchedule: oldHost ? 'every 5 s (worse)' : IDLE_POLL,
      days,
    },
  };
}
