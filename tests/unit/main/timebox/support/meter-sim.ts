import { presentState, type PresenceState } from '../../../../../src/main/platform/presence';
import { meterStep, type MeterState, type ShownDeck } from '../../../../../src/main/timebox/meter';
import { warningToAnnounce } from '../../../../../src/main/timebox/policy';
import {
  initialSettingsState,
  proposeSettings,
} from '../../../../../src/main/timebox/settings-change';
import { budgetDayOf } from '../../../../../src/main/timebox/budget-day';
import { emptyLedger, type Ledger } from '../../../../../src/main/timebox/usage';
import type { TimeboxSettings } from '../../../../../src/shared/timebox/settings';
import type { TimeboxStatus, WarningLevel } from '../../../../../src/shared/timebox/status';

export const BRAND: ShownDeck = { id: 'brand', accountIds: ['acme', 'me'] };
export const PERSONAL: ShownDeck = { id: 'personal', accountIds: ['me'] };

/**
 * Plays the part of the time box service around the pure meter: a wall clock and a monotonic
 * clock it moves by hand, the window's presence, the deck on screen, and a step on every
 * second and every change, as the service will.
 */
export class MeterSim {
  wall: number;
  mono: number;
  presence: PresenceState = presentState;
  deck: ShownDeck | null = BRAND;
  state: MeterState;
  status!: TimeboxStatus;
  /** Warnings a banner and a notification would have announced, with the wall time. */
  announced: { level: WarningLevel; wall: number }[] = [];
  private lastWarning: WarningLevel = 'none';

  constructor(
    wall: number,
    settings: TimeboxSettings,
    readonly deckIds: readonly string[] = ['brand', 'personal'],
    ledger: Ledger = emptyLedger(),
  ) {
    this.wall = wall;
    this.mono = 0;
    const day = budgetDayOf(wall, settings.homeTimeZone, settings.resetHour);
    this.state = {
      ledger,
      settings: initialSettingsState(settings, day),
      session: null,
      run: null,
    };
    this.step();
  }

  step() {
    const result = meterStep(this.state, {
      wall: this.wall,
      mono: this.mono,
      presence: this.presence,
      deck: this.deck,
      deckIds: this.deckIds,
    });
    this.state = result.state;
    this.status = result.status;
    const shown = this.deck && this.status.decks.find((d) => d.deckId === this.deck!.id);
    const level = shown?.warning ?? 'none';
    const announce = warningToAnnounce(this.lastWarning, level);
    if (announce) this.announced.push({ level: announce, wall: this.wall });
    this.lastWarning = level;
    return result;
  }

  /** Both clocks move on by whole seconds, with a step each second. */
  run(seconds: number, each?: (second: number) => void) {
    for (let i = 0; i < seconds; i++) {
      each?.(i);
      this.step();
      this.wall += 1000;
      this.mono += 1000;
    }
    this.step();
  }

  /** Time passes with a step every `everyMs` (for long stretches where nothing changes). */
  pass(ms: number, everyMs = 60_000) {
    for (let done = 0; done < ms; done += everyMs) {
      const d = Math.min(everyMs, ms - done);
      this.wall += d;
      this.mono += d;
      this.step();
    }
  }

  set(patch: Partial<PresenceState>) {
    this.presence = { ...this.presence, ...patch };
    this.step();
  }

  show(deck: ShownDeck | null) {
    this.deck = deck;
    this.step();
  }

  /** The user sets the system clock. */
  setWall(wall: number) {
    this.wall = wall;
    this.step();
  }

  /** The machine sleeps: the monotonic clock stands still while the wall clock goes on. */
  sleep(ms: number) {
    this.set({ suspended: true });
    this.wall += ms;
    this.step();
    this.set({ suspended: false });
  }

  /** The process is killed and started again: a new run, the monotonic clock starts over. */
  restart(ledger: Ledger = this.state.ledger) {
    this.state = { ...this.state, ledger, run: null, session: this.state.session };
    this.mono = 0;
    this.lastWarning = 'none';
    this.step();
  }

  propose(settings: TimeboxSettings) {
    this.state = {
      ...this.state,
      settings: proposeSettings(this.state.settings, settings, this.status.day),
    };
    this.step();
  }

  deckStatus(id: string) {
    return this.status.decks.find((d) => d.deckId === id)!;
  }

  usedSeconds(day = this.status.day) {
    return this.state.ledger.days[day]?.totalSeconds ?? 0;
  }
}
