import type { RateLimitEntry, RateWindow } from '../../shared/x/rate-limit';
import type { DaySpend, PriceTable } from '../../shared/x/spend';
import {
  EMPTY_LEDGER,
  allDaySpend,
  daySpend,
  monthToDateDollars,
  newlyBilled,
  recordRead,
  recordWrite,
  type CostLedger,
  type ReadEvent,
  type WriteEvent,
} from './costs';
import {
  EMPTY_RATE_LIMITS,
  canCall,
  currentWindow,
  observeRateLimit,
  rateLimitEntries,
  resetAt,
  type RateLimitState,
  type RateObservation,
} from './rate-limits';

/**
 * The one mutable holder for each pure reducer: the X client writes into them, the poller and
 * the UI read them. One of each per app (not per account), created by whoever wires services.
 */

type Listener = () => void;

function listeners() {
  const set = new Set<Listener>();
  return {
    emit: () => set.forEach((l) => l()),
    on(l: Listener): () => void {
      set.add(l);
      return () => set.delete(l);
    },
  };
}

export interface RateLimitTracker {
  observe(o: RateObservation): void;
  canCall(accountId: string, endpoint: string, now: number): boolean;
  /** When a refused endpoint opens again; undefined if it is open. */
  resetAt(accountId: string, endpoint: string, now: number): number | undefined;
  window(accountId: string, endpoint: string, now: number): RateWindow | undefined;
  entries(): RateLimitEntry[];
  state(): RateLimitState;
  onChange(listener: Listener): () => void;
}

export function createRateLimitTracker(initial = EMPTY_RATE_LIMITS): RateLimitTracker {
  let state = initial;
  const changed = listeners();
  return {
    observe(o) {
      const next = observeRateLimit(state, o);
      if (next === state) return;
      state = next;
      changed.emit();
    },
    canCall: (a, e, now) => canCall(state, a, e, now),
    resetAt: (a, e, now) => resetAt(state, a, e, now),
    window: (a, e, now) => currentWindow(state, a, e, now),
    entries: () => rateLimitEntries(state),
    state: () => state,
    onChange: changed.on,
  };
}

export interface CostTracker {
  recordRead(e: ReadEvent): void;
  recordWrite(e: WriteEvent): void;
  daySpend(accountId: string, day: string): DaySpend;
  allDays(): DaySpend[];
  monthToDateDollars(now: number, accountId?: string): number;
  ledger(): CostLedger;
  onChange(listener: Listener): () => void;
  /**
   * What each read newly billed (its resources X charges for now, by id) and each write, as
   * they are recorded: the spend records per post that the inbox's cost per conversation uses.
   */
  onBilled(listener: (e: BilledEvent) => void): () => void;
}

export type BilledEvent = { kind: 'read'; read: ReadEvent } | { kind: 'write'; write: WriteEvent };

/** `prices` is read on every total, so a settings change takes effect at once. */
export function createCostTracker(
  prices: () => PriceTable,
  initial: CostLedger = EMPTY_LEDGER,
): CostTracker {
  let ledger = initial;
  const changed = listeners();
  const billedListeners = new Set<(e: BilledEvent) => void>();
  const billed = (e: BilledEvent) =>
    billedListeners.forEach((l) => {
      // A listener that fails (a full disk) never stops the ledger counting.
      try {
        l(e);
      } catch {
        // The listener reports its own trouble.
      }
    });
  const set = (next: CostLedger) => {
    if (next === ledger) return;
    ledger = next;
    changed.emit();
  };
  return {
    recordRead: (e) => {
      const resources = newlyBilled(ledger, e);
      set(recordRead(ledger, e));
      if (resources.length > 0) billed({ kind: 'read', read: { ...e, resources } });
    },
    recordWrite: (e) => {
      set(recordWrite(ledger, e));
      billed({ kind: 'write', write: e });
    },
    daySpend: (a, day) => daySpend(ledger, a, day, prices()),
    allDays: () => allDaySpend(ledger, prices()),
    monthToDateDollars: (now, a) => monthToDateDollars(ledger, now, prices(), a),
    ledger: () => ledger,
    onChange: changed.on,
    onBilled(l) {
      billedListeners.add(l);
      return () => billedListeners.delete(l);
    },
  };
}
