import { describe, expect, it } from 'vitest';
import {
  advanceSession,
  countSessionSeconds,
  endSession,
  pauseSession,
  recordActivity,
  resumeSession,
  sessionRecord,
  sessionView,
  startSession,
  type FocusSession,
  type StartRequest,
} from '../../../../src/main/timebox/focus-session';

const MIN = 60_000;
const request: StartRequest = {
  id: 's1',
  purpose: '  answer support ',
  minutes: 25,
  remainingSeconds: 30 * 60,
  day: '2026-06-10',
  wall: 1_781_085_600_000,
  mono: 1000,
};

function started(patch: Partial<StartRequest> = {}): FocusSession {
  const result = startSession(null, { ...request, ...patch });
  if (!result.ok) throw new Error(result.message);
  return result.session;
}

describe('starting a focus session', () => {
  it.each([
    ['an empty purpose', { purpose: '   ' }, 'purpose-required'],
    ['a purpose of 101 characters', { purpose: 'x'.repeat(101) }, 'purpose-too-long'],
    ['4 minutes', { minutes: 4 }, 'length-out-of-range'],
    ['61 minutes', { minutes: 61 }, 'length-out-of-range'],
    ['7.5 minutes', { minutes: 7.5 }, 'length-out-of-range'],
    ['more than is left today', { minutes: 25, remainingSeconds: 24 * 60 + 59 }, 'not-enough-left'],
    ['anything with 4 minutes left', { minutes: 5, remainingSeconds: 4 * 60 }, 'not-enough-left'],
  ] as const)('refuses %s', (_what, patch, refusal) => {
    const result = startSession(null, { ...request, ...patch });
    expect(result.ok ? null : result.refusal).toBe(refusal);
  });

  it.each([
    ['5 minutes', { minutes: 5 }],
    ['60 minutes with an hour left', { minutes: 60, remainingSeconds: 3600 }],
    ['exactly what is left', { minutes: 25, remainingSeconds: 25 * 60 }],
  ] as const)('accepts %s', (_what, patch) => {
    expect(startSession(null, { ...request, ...patch }).ok).toBe(true);
  });

  it('says how much is left when it refuses a session that is too long', () => {
    const result = startSession(null, { ...request, remainingSeconds: 12 * 60 + 30 });
    expect(result).toMatchObject({ ok: false, message: 'Only 12 minutes left today' });
  });

  it('refuses a second session while one is under way, but not after it finished', () => {
    const s = started();
    expect(startSession(s, request)).toMatchObject({ ok: false, refusal: 'busy' });
    expect(startSession(pauseSession(s, 2000), request)).toMatchObject({ refusal: 'busy' });
    expect(startSession(endSession(s, 2000), request).ok).toBe(true);
  });

  it('keeps the purpose trimmed', () => {
    expect(started().purpose).toBe('answer support');
  });
});

describe('the countdown, on the monotonic clock', () => {
  it('counts down while running, stands still while paused, and finishes on time', () => {
    let s = started(); // mono 1000, 25 minutes
    const left = (mono: number) => sessionView(s, mono).remainingSeconds;
    expect(left(1000 + 10 * MIN)).toBe(15 * 60);
    s = pauseSession(s, 1000 + 10 * MIN);
    expect(s.state).toBe('paused');
    expect(left(1000 + 50 * MIN)).toBe(15 * 60);
    s = resumeSession(s, 1000 + 50 * MIN);
    expect(left(1000 + 60 * MIN)).toBe(5 * 60);
    // Not yet over a second before the end...
    expect(advanceSession(s, 1000 + 65 * MIN - 1).state).toBe('running');
    // ...and over at the end, with the whole length run and nothing more.
    s = advanceSession(s, 1000 + 65 * MIN);
    expect(sessionView(s, 1000 + 99 * MIN)).toMatchObject({
      state: 'finished',
      elapsedSeconds: 25 * 60,
      remainingSeconds: 0,
      endedEarly: false,
    });
  });

  it('ends early with the time run so far', () => {
    const s = endSession(started(), 1000 + 7 * MIN);
    expect(sessionView(s, 1000 + 20 * MIN)).toMatchObject({
      state: 'finished',
      elapsedSeconds: 7 * 60,
      endedEarly: true,
    });
  });

  it('ending a paused session keeps the time it had run', () => {
    const s = endSession(pauseSession(started(), 1000 + 3 * MIN), 1000 + 30 * MIN);
    expect(sessionView(s, 0)).toMatchObject({ elapsedSeconds: 180, endedEarly: true });
  });

  it('a session whose time ran out while nobody looked is finished, not ended early', () => {
    const s = endSession(started(), 1000 + 40 * MIN);
    expect(sessionView(s, 0)).toMatchObject({ elapsedSeconds: 25 * 60, endedEarly: false });
  });

  it('pausing or resuming in the wrong state changes nothing', () => {
    const s = started();
    expect(resumeSession(s, 5000)).toBe(s);
    const finished = endSession(s, 5000);
    expect(pauseSession(finished, 6000)).toBe(finished);
    expect(resumeSession(finished, 6000)).toBe(finished);
  });
});

describe('what the session counts, and its summary', () => {
  it('counts active seconds only while running, and activity per account until it ends', () => {
    let s = started();
    s = countSessionSeconds(s, 30);
    s = recordActivity(s, 'acme', 'seen', 12);
    s = recordActivity(s, 'acme', 'reply');
    s = recordActivity(s, 'me', 'post');
    s = pauseSession(s, 1000 + MIN);
    s = countSessionSeconds(s, 30); // paused: not counted
    s = recordActivity(s, 'acme', 'seen', 3);
    s = resumeSession(s, 1000 + 2 * MIN);
    s = countSessionSeconds(s, 15);
    s = endSession(s, 1000 + 3 * MIN);
    s = countSessionSeconds(s, 99);
    s = recordActivity(s, 'acme', 'reply');
    expect(sessionRecord(s, 1000 + 3 * MIN)).toEqual({
      id: 's1',
      day: '2026-06-10',
      purpose: 'answer support',
      state: 'finished',
      startedAt: request.wall,
      lengthSeconds: 25 * 60,
      elapsedSeconds: 2 * 60,
      remainingSeconds: 23 * 60,
      activeSeconds: 45,
      endedEarly: true,
      accounts: {
        acme: { postsSeen: 15, repliesSent: 1, postsSent: 0 },
        me: { postsSeen: 0, repliesSent: 0, postsSent: 1 },
      },
    });
  });
});
