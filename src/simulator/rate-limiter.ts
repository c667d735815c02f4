import {
  RATE_LIMITS,
  current,
  isDayWindow,
  read,
  resetSeconds,
  take,
  type Window,
  type WindowReading,
  type WindowState,
} from './rate-limits';

export type Caller =
  | { kind: 'user'; clientId: string; userId: string }
  | { kind: 'app'; clientId: string }
  | { kind: 'anonymous' };

interface Slot {
  key: string;
  window: Window;
  header: 'main' | 'user-day' | 'app-day';
}

export interface RateDecision {
  allowed: boolean;
  headers: Record<string, string>;
}

/** Holds the windows of every endpoint, user and app, and answers with X's headers. */
export class RateLimiter {
  private readonly states = new Map<string, WindowState>();

  check(routeId: string, caller: Caller, now: number): RateDecision {
    const slots = this.slots(routeId, caller);
    const { allowed, readings } = take(
      slots.map((s) => this.states.get(s.key)),
      slots.map((s) => s.window),
      now,
    );
    readings.forEach((r, i) => this.states.set(slots[i]!.key, r.state));
    return { allowed, headers: headersFor(slots, readings) };
  }

  /** The headers as they stand, without taking a request (a forced 429, a refused token). */
  peek(routeId: string, caller: Caller, now: number, exhausted = false): Record<string, string> {
    const slots = this.slots(routeId, caller);
    const readings = slots.map((s) => {
      const reading = read(current(this.states.get(s.key), now, s.window), s.window);
      return exhausted ? { ...reading, remaining: 0 } : reading;
    });
    return headersFor(slots, readings);
  }

  private slots(routeId: string, caller: Caller): Slot[] {
    const limits = RATE_LIMITS[routeId];
    if (!limits) return [];
    const who =
      caller.kind === 'user'
        ? `u:${caller.clientId}:${caller.userId}`
        : caller.kind === 'app'
          ? `a:${caller.clientId}`
          : 'anonymous';
    const own = caller.kind === 'app' ? limits.perApp : limits.perUser;
    const slots: Slot[] = own.map((window, i) => ({
      key: `${routeId}|${who}|${i}`,
      window,
      header: isDayWindow(window) ? (caller.kind === 'app' ? 'app-day' : 'user-day') : 'main',
    }));
    if (caller.kind === 'user') {
      (limits.appShared ?? []).forEach((window, i) =>
        slots.push({ key: `${routeId}|shared:${caller.clientId}|${i}`, window, header: 'app-day' }),
      );
    }
    return slots;
  }
}

function headersFor(slots: Slot[], readings: WindowReading[]): Record<string, string> {
  const headers: Record<string, string> = {};
  const names = {
    main: 'x-rate-limit',
    'user-day': 'x-user-limit-24hour',
    'app-day': 'x-app-limit-24hour',
  } as const;
  slots.forEach((slot, i) => {
    const prefix = names[slot.header];
    if (headers[`${prefix}-limit`] !== undefined) return;
    const reading = readings[i]!;
    headers[`${prefix}-limit`] = String(slot.window.limit);
    headers[`${prefix}-remaining`] = String(reading.remaining);
    headers[`${prefix}-reset`] = String(resetSeconds(reading.resetAt));
  });
  return headers;
}
