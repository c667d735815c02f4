export type TimerId = number;

/**
 * Time as services see it. `now` is the wall clock, which only names days; `monotonic` measures
 * durations and never jumps. Timers belong to the clock so that a fake one can drive them.
 */
export interface Clock {
  now(): number;
  monotonic(): number;
  setTimeout(callback: () => void, ms: number): TimerId;
  clearTimeout(id: TimerId): void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  monotonic: () => performance.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms) as unknown as TimerId,
  clearTimeout: (id) => clearTimeout(id as unknown as ReturnType<typeof setTimeout>),
};

interface FakeTimer {
  id: TimerId;
  due: number;
  callback: () => void;
}

/**
 * A clock that moves only when told: tests and the harness's --fake-clock advance it, and every
 * timer that falls due on the way fires in order, at its own time.
 */
export class FakeClock implements Clock {
  private wall: number;
  private mono = 0;
  private timers: FakeTimer[] = [];
  private nextId = 1;
  private timerWaiters: Array<(ms: number) => void> = [];

  constructor(startWall: number) {
    this.wall = startWall;
  }

  now = () => this.wall;
  monotonic = () => this.mono;

  setTimeout = (callback: () => void, ms: number): TimerId => {
    const id = this.nextId++;
    this.timers.push({ id, due: this.mono + Math.max(0, ms), callback });
    const waiters = this.timerWaiters;
    this.timerWaiters = [];
    for (const resolve of waiters) resolve(ms);
    return id;
  };

  /**
   * Resolves with the delay of the next timer set on this clock: a test's signal that some code
   * is now waiting on simulated time (instead of sleeping and hoping it got there).
   */
  nextTimer(): Promise<number> {
    return new Promise((resolve) => this.timerWaiters.push(resolve));
  }

  clearTimeout = (id: TimerId) => {
    this.timers = this.timers.filter((t) => t.id !== id);
  };

  /** Moves both clocks forward by `ms`, firing due timers in order of their due time. */
  advance(ms: number): void {
    const end = this.mono + ms;
    for (;;) {
      const next = this.timers
        .filter((t) => t.due <= end)
        .sort((a, b) => a.due - b.due || a.id - b.id)[0];
      if (!next) break;
      this.timers = this.timers.filter((t) => t !== next);
      this.wall += next.due - this.mono;
      this.mono = next.due;
      next.callback();
    }
    this.wall += end - this.mono;
    this.mono = end;
  }

  /** Sets the wall clock alone, as a user changing the system time does. */
  setWall(ms: number): void {
    this.wall = ms;
  }
}
