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

const DAY_MS = 24 * 60 * 60 * 1000;

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

  /**
   * The headers as they stand, without taking a request (a refused token), or with one kind of
   * window shown spent (a forced 429): the 15-minute window, or the 24-hour cap. An endpoint
   * whose table lists no daily cap gets the app's, as X sends once an app's plan caps its day:
   * 96 windows' worth, spent, resetting a day from now.
   */
  peek(
    routeId: string,
    caller: Caller,
    now: number,
    exhausted?: '15min' | '24hour',
  ): Record<string, string> {
    const slots = this.slots(routeId, caller);
    const readings = slots.map((s) => {
      const reading = read(current(this.states.get(s.key), now, s.window), s.window);
      const spent =
        (exhausted === '15min' && s.header === 'main') ||
        (exhausted === '24hour' && s.header !== 'main');
      return spent ? { ...reading, remaining: 0 } : reading;
    });
    const headers = headersFor(slots, readings);
    const main = slots.find((s) => s.header === 'main');
    if (exhausted === '24hour' && main && !slots.some((s) => s.header !== 'main')) {
      headers['x-app-limit-24hour-limit'] = String(main.window.limit * 96);
      headers['x-app-limit-24hour-remaining'] = '0';
      headers['x-app-limit-24hour-reset'] = String(resetSeconds(now + DAY_MS));
    }
    return headers;
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
