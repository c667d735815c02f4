import { describe, expect, it } from 'vitest';
import { IDLE_POLL } from '../../../../src/main/platform/idle-poll';
import { watchIdle, type IdleWatchDeps } from '../../../../src/main/platform/idle-watch';
import { FakeClock, type TimerId } from '../../../../src/shared/time/clock';

/**
 * The host's idle loop on a fake clock, reading a scripted idle time (whole seconds since the
 * last input, as powerMonitor gives it) and holding what it reports as presence does.
 */
function rig(over: Partial<IdleWatchDeps> = {}) {
  const clock = new FakeClock(0);
  const state = {
    lastInput: 0,
    threshold: 60 as number | undefined,
    held: 0,
    reads: 0,
    reports: [] as Array<{ at: number; idleSeconds: number }>,
    logs: [] as string[],
    failReads: false,
  };
  const log = (level: string) => (m: string) => void state.logs.push(`${level}: ${m}`);
  const watch = watchIdle({
    readIdleSeconds: () => {
      state.reads++;
      if (state.failReads) throw new Error('no idle time today');
      return Math.floor((clock.now() - state.lastInput) / 1000);
    },
    thresholdSeconds: () => state.threshold,
    reported: () => state.held,
    report: (idleSeconds) => {
      state.held = idleSeconds;
      state.reports.push({ at: clock.now(), idleSeconds });
    },
    setTimer: (callback, ms) => clock.setTimeout(callback, ms),
    clearTimer: (timer) => clock.clearTimeout(timer as TimerId),
    log: { info: log('info'), warn: log('warn'), error: log('error') },
    ...over,
  });
  const input = () => (state.lastInput = clock.now());
  return { clock, state, watch, input };
}

describe('watchIdle: the host reading the system idle time', () => {
  it('tells of idleness within a quarter second of the threshold, and of the return within half', () => {
    const { clock, state, input } = rig();
    clock.advance(1_700);
    input(); // last input at 1.7 s: idle from 61.7 s
    clock.advance(200_000);
    const went = state.reports[0]!;
    expect(went.idleSeconds).toBe(60);
    expect(went.at).toBeGreaterThanOrEqual(61_700);
    expect(went.at).toBeLessThanOrEqual(61_700 + IDLE_POLL.nearThresholdMs);
    input(); // back at 201.7 s
    const back = clock.now();
    clock.advance(5_000);
    expect(state.reports[1]!.idleSeconds).toBe(0);
    expect(state.reports[1]!.at - back).toBeLessThanOrEqual(IDLE_POLL.whileIdleMs);
    expect(state.reports).toHaveLength(2);
  });

  it('tells only of readings on the other side of the threshold', () => {
    const { clock, state, input } = rig();
    for (let i = 0; i < 100; i++) {
      clock.advance(30_000);
      input();
    }
    // Fifty minutes of use with a pause of 30 s at most: nothing the rule would count otherwise.
    expect(state.reports).toEqual([]);
    expect(state.reads).toBeGreaterThan(0);
  });

  it('sees a lowered threshold within maxMs, and idleness by it', () => {
    const { clock, state } = rig();
    state.threshold = 1800;
    clock.advance(100_000); // idle 100 s, under 1800
    expect(state.reports).toEqual([]);
    state.threshold = 30;
    clock.advance(IDLE_POLL.maxMs);
    expect(state.reports).toEqual([{ at: expect.any(Number), idleSeconds: expect.any(Number) }]);
    expect(state.held).toBeGreaterThanOrEqual(30);
  });

  it('a read that throws keeps the last state, says so once, and tries again until it works', () => {
    const { clock, state, input } = rig();
    clock.advance(70_000);
    expect(state.held).toBeGreaterThanOrEqual(60);
    state.failReads = true;
    const readsBefore = state.reads;
    clock.advance(600_000);
    expect(state.held).toBeGreaterThanOrEqual(60);
    expect(state.reads - readsBefore).toBeGreaterThan(100);
    expect(state.logs.filter((l) => l.startsWith('warn'))).toHaveLength(1);
    state.failReads = false;
    input();
    clock.advance(IDLE_POLL.retryMs);
    expect(state.held).toBe(0);
    expect(state.logs.at(-1)).toMatch(/^info: .*again/);
  });

  it('a nonsense reading is a failed one: nothing is reported from it', () => {
    const { clock, state } = rig({ readIdleSeconds: () => Number.NaN });
    clock.advance(120_000);
    expect(state.reports).toEqual([]);
    expect(state.logs).toHaveLength(1);
  });

  it('goes on when the threshold cannot be read, by the last one known (60 s before any)', () => {
    const { clock, state } = rig();
    state.threshold = undefined;
    clock.advance(61_000);
    expect(state.held).toBe(60);
    const thresholdSeconds = () => {
      throw new Error('settings unreadable');
    };
    const broken = rig({ thresholdSeconds });
    broken.clock.advance(70_000);
    expect(broken.state.held).toBeGreaterThanOrEqual(60);
  });

  it('a report that throws does not stop the loop', () => {
    let calls = 0;
    const { clock, state } = rig({
      report: () => {
        calls++;
        throw new Error('listener failed');
      },
    });
    clock.advance(120_000);
    expect(calls).toBeGreaterThan(1);
    expect(state.logs.some((l) => l.startsWith('error'))).toBe(true);
  });

  it('never spins: a schedule asking for no delay (or nonsense) still waits', () => {
    for (const schedule of [
      () => 0,
      () => Number.NaN,
      () => -5,
      (): number => {
        throw new Error('x');
      },
    ]) {
      const { clock, state } = rig({ schedule });
      clock.advance(10_000);
      expect(state.reads).toBeLessThanOrEqual(10_000 / IDLE_POLL.minMs + 1);
      expect(state.reads).toBeGreaterThan(1);
    }
  });

  it('reads at once when asked (a resume), and goes on on its schedule from there', () => {
    const { clock, state, watch } = rig();
    clock.advance(2_000); // read at 0 s: the next read is due at 59 s, capped to 10 s
    const reads = state.reads;
    state.lastInput = -3_600_000; // as if the machine had slept an hour with no input
    watch.readNow();
    expect(state.reads).toBe(reads + 1);
    expect(state.held).toBeGreaterThanOrEqual(60);
    // One chain, not two: half a second later, one more read.
    clock.advance(IDLE_POLL.whileIdleMs);
    expect(state.reads).toBe(reads + 2);
  });

  it('reads nothing more once stopped', () => {
    const { clock, state, watch } = rig();
    clock.advance(30_000);
    watch.stop();
    const reads = state.reads;
    watch.readNow();
    clock.advance(600_000);
    expect(state.reads).toBe(reads);
  });
});
