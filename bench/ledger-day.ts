import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createEventHub } from '../src/main/ipc/events';
import { FakeClock } from '../src/shared/time/clock';
import { silentLogger } from '../src/main/platform/logger';
import { createSettablePresence } from '../src/main/platform/presence';
import { budgetDayOf } from '../src/main/timebox/budget-day';
import { loadLedger } from '../src/main/timebox/ledger-store';
import { defaultState, type PersistedState } from '../src/main/store/schema';
import type { StateStore } from '../src/main/store/state-store';
import { initialSettingsState } from '../src/main/timebox/settings-change';
import { createTimeboxService } from '../src/main/timebox/timebox-service';
import { MINUTES_PER_DAY, defaultTimeboxSettings } from '../src/shared/timebox/settings';
import {
  polledPresenceChanges,
  presenceAt,
  presenceChanges,
  scriptDay,
  trueActiveSeconds,
  type DayScript,
  type PresenceChange,
} from './ledger-script';
import { scratchDir } from './scratch-dir';
import { round } from './stats';

/**
 * ledger_error_s_per_hour: the whole time box service (createTimeboxService, as main wires it)
 * on a FakeClock through scripted working days of focus, blur, idle and a screen lock, with a
 * budget of the whole day so that no lock stops the count. What its ledger file holds at the end
 * is compared with the active seconds computed from the script (ledger-script.ts).
 */

const HOME_ZONE = 'UTC';

export const LEDGER_DAYS = {
  seeds: ['monday', 'tuesday', 'wednesday'],
  start: Date.UTC(2026, 2, 10, 9),
  hours: 8,
  /** The Electron host reads the system's idle time this often (src/main/electron/presence.ts). */
  electronIdlePollMs: 5000,
};

/** The settings store in memory: what the time box reads of it (decks, settings) is the same. */
function memoryStore(state: PersistedState): StateStore<PersistedState> {
  return {
    get: (key) => state[key],
    set: (key, value) => void (state[key] = value),
  };
}

/** Counted seconds for one day of presence changes, through the real service and its file. */
export async function countDay(script: DayScript, changes: readonly PresenceChange[]) {
  const dataDir = scratchDir('ledger');
  try {
    const clock = new FakeClock(script.start);
    const presence = createSettablePresence(presenceAt(script, script.start));
    const store = memoryStore(defaultState());
    const settings = {
      ...defaultTimeboxSettings(HOME_ZONE),
      idleThresholdSeconds: script.idleThresholdSeconds,
      // The scripted day's truth is its focused stretches: measure the focused-only rule, the
      // stricter of the two (the default also counts a visible, unfocused window).
      countOnlyWhenFocused: true,
      weekdayBudgets: Object.fromEntries(
        ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, MINUTES_PER_DAY]),
      ) as ReturnType<typeof defaultTimeboxSettings>['weekdayBudgets'],
    };
    const day = budgetDayOf(script.start, HOME_ZONE, settings.resetHour);
    store.set('timebox', initialSettingsState(settings, day));

    const timebox = createTimeboxService({
      clock,
      log: silentLogger,
      events: createEventHub(),
      store,
      presence,
      dataDir,
      systemTimeZone: HOME_ZONE,
      newId: () => randomUUID(),
      notify: () => {},
      notice: () => {},
      onLocksChanged: () => {},
      spendOn: () => ({ postsRead: 0, dollars: 0 }),
    });
    timebox.start();
    for (const change of changes) {
      clock.advance(change.at - clock.now());
      presence.set(change.patch);
    }
    clock.advance(script.end - clock.now());
    timebox.stop();

    const { ledger } = loadLedger(path.join(dataDir, 'time-ledger.json'), {
      now: clock.now(),
      today: day,
    });
    return ledger.days[day]?.totalSeconds ?? 0;
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function measureLedgerDay(options = LEDGER_DAYS) {
  const days = [];
  for (const seed of options.seeds) {
    const script = scriptDay({
      seed,
      start: options.start,
      hours: options.hours,
      idleThresholdSeconds: defaultTimeboxSettings(HOME_ZONE).idleThresholdSeconds,
    });
    const truth = trueActiveSeconds(script);
    const counted = await countDay(script, presenceChanges(script));
    const polled = await countDay(
      script,
      polledPresenceChanges(script, options.electronIdlePollMs, 1234),
    );
    days.push({
      seed,
      presenceChanges: presenceChanges(script).length,
      trueActiveSeconds: round(truth, 3),
      countedSeconds: round(counted, 3),
      errorSPerHour: round(Math.abs(counted - truth) / options.hours, 3),
      withElectronIdlePoll: {
        countedSeconds: round(polled, 3),
        errorSPerHour: round(Math.abs(polled - truth) / options.hours, 3),
      },
    });
  }
  // The worst day: a time box that is exact on average but not on some day is not exact.
  return {
    values: { ledger_error_s_per_hour: Math.max(...days.map((d) => d.errorSPerHour)) },
    details: { hours: options.hours, days },
  };
}
