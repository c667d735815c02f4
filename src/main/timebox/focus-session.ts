import type { AccountActivity, FocusSessionView } from '../../shared/timebox/status';
import type { BudgetDay } from './budget-day';
import type { SessionRecord } from './usage';

/**
 * A focus session: a purpose, a length, a countdown measured on the monotonic clock (so setting
 * the wall clock does not end or stretch it), pause and resume, and what was done meanwhile.
 */

export const SESSION_MIN_MINUTES = 5;
export const SESSION_MAX_MINUTES = 60;
export const PURPOSE_MAX_LENGTH = 100;

export interface FocusSession {
  id: string;
  purpose: string;
  day: BudgetDay;
  /** Wall-clock start, for the report only. */
  startedAt: number;
  lengthMs: number;
  state: 'running' | 'paused' | 'finished';
  /** Running time banked by earlier stretches (before the last pause). */
  bankedMs: number;
  /** Monotonic time the current stretch began; null unless running. */
  runningSince: number | null;
  activeSeconds: number;
  endedEarly: boolean;
  accounts: Record<string, AccountActivity>;
}

export type StartRefusal =
  'purpose-required' | 'purpose-too-long' | 'length-out-of-range' | 'not-enough-left' | 'busy';

export type StartResult =
  { ok: true; session: FocusSession } | { ok: false; refusal: StartRefusal; message: string };

export interface StartRequest {
  id: string;
  purpose: string;
  minutes: number;
  /** What the time box has left for today, in seconds. */
  remainingSeconds: number;
  day: BudgetDay;
  wall: number;
  mono: number;
}

const refuse = (refusal: StartRefusal, message: string): StartResult => ({
  ok: false,
  refusal,
  message,
});

export function startSession(current: FocusSession | null, request: StartRequest): StartResult {
  if (current && current.state !== 'finished') {
    return refuse('busy', 'A focus session is already under way');
  }
  const purpose = request.purpose.trim();
  if (purpose === '') return refuse('purpose-required', 'Say what the session is for');
  if (purpose.length > PURPOSE_MAX_LENGTH) {
    return refuse('purpose-too-long', `A purpose can be at most ${PURPOSE_MAX_LENGTH} characters`);
  }
  const { minutes } = request;
  if (
    !Number.isInteger(minutes) ||
    minutes < SESSION_MIN_MINUTES ||
    minutes > SESSION_MAX_MINUTES
  ) {
    return refuse(
      'length-out-of-range',
      `A session lasts ${SESSION_MIN_MINUTES} to ${SESSION_MAX_MINUTES} minutes`,
    );
  }
  if (minutes * 60 > request.remainingSeconds) {
    const left = Math.floor(request.remainingSeconds / 60);
    return refuse('not-enough-left', `Only ${left} minute${left === 1 ? '' : 's'} left today`);
  }
  return {
    ok: true,
    session: {
      id: request.id,
      purpose,
      day: request.day,
      startedAt: request.wall,
      lengthMs: minutes * 60_000,
      state: 'running',
      bankedMs: 0,
      runningSince: request.mono,
      activeSeconds: 0,
      endedEarly: false,
      accounts: {},
    },
  };
}

/** Running time so far, pauses excluded, never past the session's length. */
export function elapsedMs(session: FocusSession, mono: number): number {
  const stretch = session.runningSince === null ? 0 : Math.max(0, mono - session.runningSince);
  return Math.min(session.lengthMs, session.bankedMs + stretch);
}

/** Finishes a running session whose time is up; anything else is returned as it is. */
export function advanceSession(session: FocusSession, mono: number): FocusSession {
  if (session.state !== 'running' || elapsedMs(session, mono) < session.lengthMs) return session;
  return { ...session, state: 'finished', bankedMs: session.lengthMs, runningSince: null };
}

export function pauseSession(session: FocusSession, mono: number): FocusSession {
  const s = advanceSession(session, mono);
  if (s.state !== 'running') return s;
  return { ...s, state: 'paused', bankedMs: elapsedMs(s, mono), runningSince: null };
}

export function resumeSession(session: FocusSession, mono: number): FocusSession {
  if (session.state !== 'paused') return session;
  return { ...session, state: 'running', runningSince: mono };
}

export function endSession(session: FocusSession, mono: number): FocusSession {
  const s = advanceSession(session, mono);
  if (s.state === 'finished') return s;
  return {
    ...s,
    state: 'finished',
    bankedMs: elapsedMs(s, mono),
    runningSince: null,
    endedEarly: true,
  };
}

/**
 * Moves the running stretch into the bank. Done on every step, so that after a restart (when
 * monotonic time starts over) a session has lost at most the time since the last step.
 */
export function bankSession(session: FocusSession, mono: number): FocusSession {
  if (session.state !== 'running') return session;
  return { ...session, bankedMs: elapsedMs(session, mono), runningSince: mono };
}

/** A new run of the process: the monotonic clock has started over, so the stretch does too. */
export function restartSessionClock(session: FocusSession, mono: number): FocusSession {
  return session.state === 'running' ? { ...session, runningSince: mono } : session;
}

/** Adds seconds the time box counted while the session ran. */
export function countSessionSeconds(session: FocusSession, seconds: number): FocusSession {
  if (session.state !== 'running' || !(seconds > 0)) return session;
  return { ...session, activeSeconds: session.activeSeconds + seconds };
}

export type SessionActivity = 'seen' | 'reply' | 'post';

const ACTIVITY_FIELD: Record<SessionActivity, keyof AccountActivity> = {
  seen: 'postsSeen',
  reply: 'repliesSent',
  post: 'postsSent',
};

/** Counts posts seen and replies and posts sent, per account, until the session finishes. */
export function recordActivity(
  session: FocusSession,
  accountId: string,
  activity: SessionActivity,
  count = 1,
): FocusSession {
  if (session.state === 'finished' || !(count > 0)) return session;
  const before = session.accounts[accountId] ?? { postsSeen: 0, repliesSent: 0, postsSent: 0 };
  const field = ACTIVITY_FIELD[activity];
  return {
    ...session,
    accounts: { ...session.accounts, [accountId]: { ...before, [field]: before[field] + count } },
  };
}

/** What the renderer shows: the countdown while it runs, the summary once it has finished. */
export function sessionView(session: FocusSession, mono: number): FocusSessionView {
  const elapsed = elapsedMs(session, mono);
  return {
    id: session.id,
    purpose: session.purpose,
    state: session.state,
    startedAt: session.startedAt,
    lengthSeconds: session.lengthMs / 1000,
    elapsedSeconds: elapsed / 1000,
    remainingSeconds: (session.lengthMs - elapsed) / 1000,
    activeSeconds: session.activeSeconds,
    endedEarly: session.endedEarly,
    accounts: session.accounts,
  };
}

/** The finished session as the ledger keeps it. */
export const sessionRecord = (session: FocusSession, mono: number): SessionRecord => ({
  ...sessionView(session, mono),
  day: session.day,
});
