import { useSyncExternalStore } from 'react';

interface Ticker {
  now: number;
  listeners: Set<() => void>;
  timer: ReturnType<typeof setInterval> | null;
  subscribe(listener: () => void): () => void;
}

const tickers = new Map<number, Ticker>();

/**
 * One shared clock per period, aligned to the period so that every relative time and countdown
 * changes together. Only the components that show a time subscribe, so a tick re-renders them
 * and nothing else.
 */
function tickerFor(periodMs: number): Ticker {
  let ticker = tickers.get(periodMs);
  if (ticker) return ticker;
  const t: Ticker = {
    now: Date.now(),
    listeners: new Set(),
    timer: null,
    subscribe(listener) {
      t.listeners.add(listener);
      if (t.timer === null) {
        // Idle until now: catch up at once, then tick on the period's boundaries.
        t.now = Date.now();
        const tick = () => {
          t.now = Date.now();
          t.listeners.forEach((l) => l());
        };
        const start = setTimeout(
          () => {
            tick();
            t.timer = setInterval(tick, periodMs);
          },
          periodMs - (t.now % periodMs),
        );
        t.timer = start;
      }
      return () => {
        t.listeners.delete(listener);
        if (t.listeners.size === 0 && t.timer !== null) {
          clearTimeout(t.timer);
          clearInterval(t.timer);
          t.timer = null;
        }
      };
    },
  };
  tickers.set(periodMs, t);
  ticker = t;
  return ticker;
}

/** The wall-clock time, updated every `periodMs` (1000 for countdowns, 60 000 for post ages). */
export function useNow(periodMs: number): number {
  const ticker = tickerFor(periodMs);
  const now = () => ticker.now;
  return useSyncExternalStore(ticker.subscribe, now, now);
}
