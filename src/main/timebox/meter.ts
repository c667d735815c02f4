import type { TimeboxStatus } from '../../shared/timebox/status';
import type { PresenceState } from '../platform/presence';
import { budgetDayOf, laterDay } from './budget-day';
import {
  observeDay,
  resumeDay,
  type ClockAnomaly,
  type DayRule,
  type DayTrackerState,
} from './day-tracker';
import {
  advanceSession,
  bankSession,
  countSessionSeconds,
  restartSessionClock,
  sessionRecord,
  type FocusSession,
} from './focus-session';
import { timeboxStatus } from './policy';
import { effectiveSettings, type SettingsState } from './settings-change';
import {
  countTick,
  isCounting,
  recordAnomaly,
  recordSession,
  rememberSeenDay,
  type Ledger,
} from './usage';

/**
 * One step of the time box, composed from the pure parts: the service calls it on every tick
 * and on every change of presence or of the deck on screen, and persists what it returns.
 *
 * The stretch since the previous step is charged according to what held during it (the
 * previous step's presence, deck and lock), so a blur stops the count at the moment it happens
 * and the second before a reset is not charged to the new day.
 */

/** A stretch longer than this was not watched (a stalled process, a missed suspend): cap it. */
export const MAX_STRETCH_SECONDS = 5;

export interface ShownDeck {
  id: string;
  /** The accounts of the deck's columns. */
  accountIds: readonly string[];
}

export interface Stretch {
  presence: PresenceState;
  deck: ShownDeck | null;
}

export interface MeterState {
  ledger: Ledger;
  settings: SettingsState;
  session: FocusSession | null;
  /**
   * This run of the process: null until its first step (monotonic time restarts with it).
   * `counts` is decided when a stretch begins, from the presence and the lock at that moment.
   */
  run: { tracker: DayTrackerState; stretch: Stretch & { counts: boolean } } | null;
}

export interface MeterInput extends Stretch {
  wall: number;
  mono: number;
  deckIds: readonly string[];
}

export interface MeterStep {
  state: MeterState;
  status: TimeboxStatus;
  countedSeconds: number;
  anomaly: ClockAnomaly | null;
}

const ruleOf = (s: SettingsState): DayRule => ({
  timeZone: s.active.homeTimeZone,
  resetHour: s.active.resetHour,
});

export function meterStep(state: MeterState, input: MeterInput): MeterStep {
  const reading = { wall: input.wall, mono: input.mono };
  const { run } = state;

  // The day is decided by the rule in force so far; a reset then releases pending settings,
  // whose own rule may place the day later still (never earlier).
  const observed = run
    ? observeDay(run.tracker, reading, ruleOf(state.settings), {
        afterSuspend: run.stretch.presence.suspended,
      })
    : resumeDay(state.ledger.seen, reading, ruleOf(state.settings));
  const settings = effectiveSettings(state.settings, observed.state.day);
  const rule = ruleOf(settings);
  const day = laterDay(observed.state.day, budgetDayOf(input.wall, rule.timeZone, rule.resetHour));
  const tracker = { ...observed.state, day };

  let ledger = rememberSeenDay(state.ledger, tracker);
  if (observed.anomaly) ledger = recordAnomaly(ledger, { ...observed.anomaly, day });
  let session =
    state.session && (run ? state.session : restartSessionClock(state.session, input.mono));

  let countedSeconds = 0;
  if (run?.stretch.counts && run.stretch.deck) {
    const { deck } = run.stretch;
    const elapsed = Math.min(
      MAX_STRETCH_SECONDS,
      Math.max(0, (input.mono - run.tracker.mono) / 1000),
    );
    if (elapsed > 0) {
      // Charged to the day the stretch began in, like the lock that allowed it.
      ledger = countTick(ledger, {
        day: run.tracker.day,
        deckId: deck.id,
        accountIds: deck.accountIds,
        seconds: elapsed,
      });
      session = session && countSessionSeconds(session, elapsed);
      countedSeconds = elapsed;
    }
  }

  session = session && advanceSession(session, input.mono);
  if (session?.state === 'finished' && !ledger.sessions.some((s) => s.id === session!.id)) {
    ledger = recordSession(ledger, sessionRecord(session, input.mono));
  }

  const status = timeboxStatus({
    ledger,
    settings: settings.active,
    upcoming: settings.desired,
    day,
    deckIds: input.deckIds,
    session,
    mono: input.mono,
  });
  const shown = input.deck && status.decks.find((d) => d.deckId === input.deck!.id);
  const counts = !!shown && isCounting(input.presence, settings.active, !shown.locked);

  return {
    state: {
      ledger,
      settings,
      session: session && bankSession(session, input.mono),
      run: { tracker, stretch: { presence: input.presence, deck: input.deck, counts } },
    },
    status,
    countedSeconds,
    anomaly: observed.anomaly ? { ...observed.anomaly, day } : null,
  };
}
