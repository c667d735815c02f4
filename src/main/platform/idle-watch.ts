import type { Logger } from './logger';
import { IDLE_POLL, idleReadingMatters, nextIdleReadMs } from './idle-poll';

/** Used until the settings can be read: the settings' own default (shared/timebox/settings.ts). */
export const FALLBACK_THRESHOLD_SECONDS = 60;

export interface IdleWatchDeps {
  /** The system's idle time in whole seconds (Electron: powerMonitor.getSystemIdleTime). */
  readIdleSeconds(): number;
  /** The idle threshold in force, in seconds (the time box's active settings); none yet: undefined. */
  thresholdSeconds(): number | undefined;
  /** The idle seconds the time box holds now. */
  reported(): number;
  /** Tells the time box of a reading that changes what it counts. */
  report(idleSeconds: number): void;
  /** One-shot timer (Electron: an unref'd setTimeout, so it never keeps the app alive). */
  setTimer(callback: () => void, ms: number): unknown;
  clearTimer(timer: unknown): void;
  log: Logger;
  /** When to read next; the product's schedule unless a bench compares another. */
  schedule?: (idleSeconds: number | null, thresholdSeconds: number) => number;
}

/**
 * Reads the idle time on the schedule of idle-poll.ts, from now until `stop`. A read, a
 * threshold or a report that throws keeps the last state and tries again later: the chain of
 * timers is re-armed whatever happened, so it never stops (and never spins: every delay is at
 * least `IDLE_POLL.minMs`).
 */
export function watchIdle(deps: IdleWatchDeps): { readNow(): void; stop(): void } {
  const schedule = deps.schedule ?? nextIdleReadMs;
  let threshold = FALLBACK_THRESHOLD_SECONDS;
  let failing = false;
  let stopped = false;
  let timer: unknown;

  const readThreshold = () => {
    try {
      const t = deps.thresholdSeconds();
      if (t !== undefined && Number.isFinite(t) && t > 0) threshold = t;
    } catch {
      // The last threshold known stays in force; the next read tries the settings again.
    }
  };

  function read(): number | null {
    try {
      const idle = deps.readIdleSeconds();
      if (!Number.isFinite(idle) || idle < 0) throw new Error(`idle time read as ${idle}`);
      if (failing) deps.log.info('the system idle time can be read again');
      failing = false;
      return idle;
    } catch (e) {
      // Said once, not at every retry; presence keeps what it last knew.
      if (!failing) deps.log.warn('could not read the system idle time; trying again', e);
      failing = true;
      return null;
    }
  }

  function tick() {
    let idle: number | null = null;
    try {
      readThreshold();
      idle = read();
      if (idle !== null && idleReadingMatters(deps.reported(), idle, threshold)) deps.report(idle);
    } catch (e) {
      deps.log.error('could not tell the time box of the idle time', e);
    } finally {
      if (!stopped) {
        let delay: number = IDLE_POLL.retryMs;
        try {
          delay = Math.max(IDLE_POLL.minMs, schedule(idle, threshold));
        } catch {
          // The retry delay then: the chain goes on.
        }
        if (!Number.isFinite(delay)) delay = IDLE_POLL.retryMs;
        timer = deps.setTimer(tick, delay);
      }
    }
  }

  tick();
  return {
    /**
     * Reads at once, not at the time scheduled: after a resume or an unlock, when the timers
     * may have slept through the time the schedule counted on.
     */
    readNow() {
      if (stopped) return;
      deps.clearTimer(timer);
      tick();
    },
    stop() {
      stopped = true;
      deps.clearTimer(timer);
    },
  };
}
