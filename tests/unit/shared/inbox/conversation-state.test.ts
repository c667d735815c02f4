import { describe, expect, it } from 'vitest';
import {
  DEFAULT_AUTO_DONE_AFTER_MS,
  applyEvent,
  canUndo,
  nextTimedChange,
  openConversation,
  type ConversationEvent,
  type ConversationLife,
  type ConversationState,
} from '../../../../src/shared/inbox/conversation-state';

const H = 3_600_000;
const T0 = Date.UTC(2026, 10, 30, 9);
const AUTO = DEFAULT_AUTO_DONE_AFTER_MS;

const run = (events: ConversationEvent[], start = openConversation(T0, 'p1')) =>
  events.reduce(applyEvent, start);

/** A conversation brought to `state` at T0 + 1 h by the usual route. */
function inState(state: ConversationState): ConversationLife {
  const at = T0 + H;
  switch (state) {
    case 'open':
      return openConversation(T0, 'p1');
    case 'waiting':
      return run([{ type: 'replySent', at, postId: 'r1' }]);
    case 'done':
      return run([{ type: 'markDone', at }]);
    case 'snoozed':
      return run([{ type: 'snooze', at, until: at + 24 * H }]);
  }
}

describe('every transition', () => {
  const at = T0 + 2 * H;
  it.each<[ConversationState, ConversationEvent, ConversationState, string | null]>([
    // [from, event, to, cause of the new history entry (null: no change recorded)]
    ['open', { type: 'customerPost', at, postId: 'p2' }, 'open', null],
    ['open', { type: 'replySent', at }, 'waiting', 'reply'],
    ['open', { type: 'markDone', at }, 'done', 'user'],
    ['open', { type: 'markWaiting', at }, 'waiting', 'user'],
    ['open', { type: 'reopen', at }, 'open', null],
    ['open', { type: 'snooze', at, until: at + H }, 'snoozed', 'user'],
    ['waiting', { type: 'customerPost', at, postId: 'p2' }, 'open', 'customer'],
    ['waiting', { type: 'replySent', at }, 'waiting', null],
    ['waiting', { type: 'markDone', at }, 'done', 'user'],
    ['waiting', { type: 'markWaiting', at }, 'waiting', null],
    ['waiting', { type: 'reopen', at }, 'open', 'user'],
    ['waiting', { type: 'snooze', at, until: at + H }, 'snoozed', 'user'],
    ['done', { type: 'customerPost', at, postId: 'p2' }, 'open', 'customer'],
    ['done', { type: 'replySent', at }, 'waiting', 'reply'],
    ['done', { type: 'markDone', at }, 'done', null],
    ['done', { type: 'markWaiting', at }, 'waiting', 'user'],
    ['done', { type: 'reopen', at }, 'open', 'user'],
    ['done', { type: 'snooze', at, until: at + H }, 'snoozed', 'user'],
    ['snoozed', { type: 'customerPost', at, postId: 'p2' }, 'open', 'customer'],
    ['snoozed', { type: 'replySent', at }, 'waiting', 'reply'],
    ['snoozed', { type: 'markDone', at }, 'done', 'user'],
    ['snoozed', { type: 'markWaiting', at }, 'waiting', 'user'],
    ['snoozed', { type: 'reopen', at }, 'open', 'user'],
  ])('%s + %o → %s', (from, event, to, cause) => {
    const before = inState(from);
    const after = applyEvent(before, event);
    expect(after.state).toBe(to);
    if (cause === null) {
      expect(after.history).toEqual(before.history);
    } else {
      expect(after.history.at(-1)).toMatchObject({ at, from, to, cause });
      expect(after.stateSince).toBe(at);
    }
  });

  it('a snooze into the past changes nothing', () => {
    const before = inState('open');
    expect(applyEvent(before, { type: 'snooze', at: T0 + H, until: T0 + H })).toBe(before);
  });
});

describe('a conversation from first post to done', () => {
  it('records the first response once, and done when it is done', () => {
    const life = run([
      { type: 'replySent', at: T0 + 38 * 60_000, postId: 'r1' },
      { type: 'customerPost', at: T0 + H, postId: 'p2' },
      { type: 'replySent', at: T0 + 2 * H, postId: 'r2' },
      { type: 'markDone', at: T0 + 3 * H },
    ]);
    expect(life.firstResponseAt).toBe(T0 + 38 * 60_000);
    expect(life.doneAt).toBe(T0 + 3 * H);
    expect(life.lastCustomerPostAt).toBe(T0 + H);
    expect(life.history.map((c) => `${c.from}→${c.to}:${c.cause}`)).toEqual([
      'open→open:customer',
      'open→waiting:reply',
      'waiting→open:customer',
      'open→waiting:reply',
      'waiting→done:user',
    ]);
  });

  it('a customer post while open only moves the last post time', () => {
    const life = run([{ type: 'customerPost', at: T0 + H, postId: 'p2' }]);
    expect(life.state).toBe('open');
    expect(life.stateSince).toBe(T0);
    expect(life.lastCustomerPostAt).toBe(T0 + H);
  });
});

describe('time passing', () => {
  it('waiting becomes done after the set time, dated when it ran out', () => {
    const waiting = inState('waiting');
    expect(
      applyEvent(waiting, { type: 'tick', at: T0 + H + AUTO - 1, autoDoneAfterMs: AUTO }),
    ).toBe(waiting);
    const done = applyEvent(waiting, { type: 'tick', at: T0 + 10 * AUTO, autoDoneAfterMs: AUTO });
    expect(done.state).toBe('done');
    expect(done.doneAt).toBe(T0 + H + AUTO);
    expect(done.history.at(-1)).toMatchObject({ cause: 'auto-done', at: T0 + H + AUTO });
  });

  it('the auto-done time is configurable', () => {
    const waiting = inState('waiting');
    const done = applyEvent(waiting, { type: 'tick', at: T0 + 2 * H, autoDoneAfterMs: H });
    expect(done.state).toBe('done');
  });

  it('a snoozed conversation wakes at its time, open again', () => {
    const snoozed = inState('snoozed');
    const wake = T0 + 25 * H;
    expect(nextTimedChange(snoozed, AUTO)).toBe(wake);
    expect(applyEvent(snoozed, { type: 'tick', at: wake - 1, autoDoneAfterMs: AUTO })).toBe(
      snoozed,
    );
    const woke = applyEvent(snoozed, { type: 'tick', at: wake + 5 * H, autoDoneAfterMs: AUTO });
    expect(woke.state).toBe('open');
    expect(woke.snoozedUntil).toBeNull();
    expect(woke.stateSince).toBe(wake);
    expect(woke.history.at(-1)).toMatchObject({ cause: 'woke', from: 'snoozed', to: 'open' });
  });

  it('open and done conversations wait for someone, not for time', () => {
    expect(nextTimedChange(inState('open'), AUTO)).toBeNull();
    expect(nextTimedChange(inState('done'), AUTO)).toBeNull();
    expect(nextTimedChange(inState('waiting'), AUTO)).toBe(T0 + H + AUTO);
  });
});

describe('undo', () => {
  it('takes back the owner’s last change, keeping the history', () => {
    const done = run([{ type: 'markDone', at: T0 + H }]);
    expect(canUndo(done)).toBe(true);
    const back = applyEvent(done, { type: 'undo', at: T0 + H + 5_000 });
    expect(back.state).toBe('open');
    expect(back.doneAt).toBeNull();
    expect(back.stateSince).toBe(T0);
    expect(back.history).toHaveLength(3);
    expect(back.history.at(-1)).toMatchObject({ from: 'done', to: 'open', cause: 'undo' });
    expect(canUndo(back)).toBe(false);
    expect(applyEvent(back, { type: 'undo', at: T0 + 2 * H })).toBe(back);
  });

  it('a waiting conversation marked done by mistake keeps its time towards auto-done', () => {
    const life = run([
      { type: 'replySent', at: T0 + H },
      { type: 'markDone', at: T0 + 2 * H },
      { type: 'undo', at: T0 + 2 * H + 1_000 },
    ]);
    expect(life.state).toBe('waiting');
    expect(life.stateSince).toBe(T0 + H);
    expect(nextTimedChange(life, AUTO)).toBe(T0 + H + AUTO);
  });

  it('undoing a done brings back the snooze it ended, or open if that snooze is over', () => {
    const snoozedThenDone = run([
      { type: 'snooze', at: T0 + H, until: T0 + 5 * H },
      { type: 'markDone', at: T0 + 2 * H },
    ]);
    const soon = applyEvent(snoozedThenDone, { type: 'undo', at: T0 + 3 * H });
    expect(soon.state).toBe('snoozed');
    expect(soon.snoozedUntil).toBe(T0 + 5 * H);
    const late = applyEvent(snoozedThenDone, { type: 'undo', at: T0 + 6 * H });
    expect(late.state).toBe('open');
    expect(late.snoozedUntil).toBeNull();
  });

  it('cannot unsend a reply, nor undo past the customer or the clock', () => {
    expect(canUndo(inState('waiting'))).toBe(false);
    expect(canUndo(openConversation(T0, 'p1'))).toBe(false);
    const answeredBack = run([
      { type: 'markDone', at: T0 + H },
      { type: 'customerPost', at: T0 + 2 * H, postId: 'p2' },
    ]);
    expect(canUndo(answeredBack)).toBe(false);
    const woke = run([
      { type: 'snooze', at: T0 + H, until: T0 + 2 * H },
      { type: 'tick', at: T0 + 3 * H, autoDoneAfterMs: AUTO },
    ]);
    expect(canUndo(woke)).toBe(false);
  });
});
