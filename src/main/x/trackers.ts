import type { RateLimitEntry, RateWindow } from '../../shared/x/rate-limit';
import type { DaySpend, PriceTable } from '../../shared/x/spend';
import {
  EMPTY_LEDGER,
  allDaySpend,
  daySpend,
  monthToDateDollars,
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
}

/** `prices` is read on every total, so a settings change takes effect at once. */
export function createCostTracker(
  prices: () => PriceTable,
  initial: CostLedger = EMPTY_LEDGER,
): CostTracker {
  let ledger = initial;
  const changed = listeners();
  const set = (next: CostLedger) => {
    if (next === ledger) return;
    ledger = next;
    changed.emit();
  };
  return {
    recordRead: (e) => set(recordRead(ledger, e)),
    recordWrite: (e) => set(recordWrite(ledger, e)),
    daySpend: (a, day) => daySpend(ledger, a, day, prices()),
    allDays: () => allDaySpend(ledger, prices()),
    monthToDateDollars: (now, a) => monthToDateDollars(ledger, now, prices(), a),
    ledger: () => ledger,
    onChange: changed.on,
  };
}
