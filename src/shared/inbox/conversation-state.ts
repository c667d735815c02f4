/**
 * A support conversation's life, as a pure function of the events that move it. The inbox
 * service stores what this returns; the renderer only shows it. Nothing here reads a clock:
 * every event carries its own time.
 *
 *   open ──reply──▶ waiting ──customer posts──▶ open
 *     │               │  └──3 days, no answer──▶ done ──customer posts──▶ open
 *     └──snooze──▶ snoozed ──wakes / customer posts──▶ open
 *
 * Every change is kept as history, never rewritten: undo is a new change back to the old state.
 */

export const CONVERSATION_STATES = ['open', 'waiting', 'snoozed', 'done'] as const;
export type ConversationState = (typeof CONVERSATION_STATES)[number];

/** Who or what moved a conversation: shown in its history. */
export const CHANGE_CAUSES = [
  /** The customer posted in it. */
  'customer',
  /** A reply was sent from Timedeck, or confirmed as sent on X. */
  'reply',
  /** The owner triaged it (done, waiting, reopen, snooze). */
  'user',
  /** Waiting too long with no answer from the customer. */
  'auto-done',
  /** Its snooze ran out. */
  'woke',
  /** The owner took a change back. */
  'undo',
] as const;
export type ChangeCause = (typeof CHANGE_CAUSES)[number];

export interface StateChange {
  at: number;
  from: ConversationState;
  to: ConversationState;
  cause: ChangeCause;
  /** For a change to snoozed: when it wakes. */
  snoozedUntil?: number;
  /** The post that caused it (a customer's post, a reply), where there is one. */
  postId?: string;
}

export interface ConversationLife {
  state: ConversationState;
  /** Set while snoozed. */
  snoozedUntil: number | null;
  /** When the state was last entered: how long it has been waiting, or waiting for the customer. */
  stateSince: number;
  /** The customer's first post in it. */
  openedAt: number;
  /** The first reply to it (sent in Timedeck or confirmed sent on X). */
  firstResponseAt: number | null;
  /** When it last became done; null while it is not. */
  doneAt: number | null;
  lastCustomerPostAt: number;
  history: StateChange[];
}

export type ConversationEvent =
  | { type: 'customerPost'; at: number; postId: string }
  | { type: 'replySent'; at: number; postId?: string }
  | { type: 'markDone'; at: number }
  | { type: 'markWaiting'; at: number }
  | { type: 'reopen'; at: number }
  | { type: 'snooze'; at: number; until: number }
  | { type: 'undo'; at: number }
  /** Time passing: wakes snoozed conversations and closes long-waiting ones. */
  | { type: 'tick'; at: number; autoDoneAfterMs: number };

/** Three days: a customer who has not answered by then is taken to be helped. */
export const DEFAULT_AUTO_DONE_AFTER_MS = 3 * 24 * 3_600_000;

/** A conversation opened by a customer's post. */
export function openConversation(at: number, postId: string): ConversationLife {
  return {
    state: 'open',
    snoozedUntil: null,
    stateSince: at,
    openedAt: at,
    firstResponseAt: null,
    doneAt: null,
    lastCustomerPostAt: at,
    history: [{ at, from: 'open', to: 'open', cause: 'customer', postId }],
  };
}

function moveTo(
  life: ConversationLife,
  to: ConversationState,
  change: Omit<StateChange, 'from' | 'to'>,
): ConversationLife {
  return {
    ...life,
    state: to,
    snoozedUntil: to === 'snoozed' ? (change.snoozedUntil ?? null) : null,
    stateSince: change.at,
    doneAt: to === 'done' ? change.at : null,
    history: [...life.history, { ...change, from: life.state, to }],
  };
}

/**
 * The change undo takes back: the last one, if the owner made it. A reply cannot be unsent, and
 * once the customer posted or time moved the conversation, the owner's change is history.
 */
function lastUndoable(history: readonly StateChange[]): number {
  const index = history.length - 1;
  return index > 0 && history[index]!.cause === 'user' ? index : -1;
}

/** Whether `undo` would change anything. */
export const canUndo = (life: ConversationLife): boolean => lastUndoable(life.history) >= 0;

/**
 * Back to the state before the owner's last change, as it was then: a waiting conversation keeps
 * its time towards auto-done, a done one its time of closing, a snooze its wake-up time (or is
 * open if that has passed).
 */
function undoLast(life: ConversationLife, at: number): ConversationLife {
  const index = lastUndoable(life.history);
  if (index < 0) return life;
  const undone = life.history[index]!;
  let entered: StateChange | undefined;
  for (let i = index - 1; i >= 0 && !entered; i--) {
    if (life.history[i]!.to === undone.from) entered = life.history[i];
  }
  const since = entered?.at ?? life.openedAt;
  const wake = entered?.snoozedUntil ?? null;
  const to = undone.from === 'snoozed' && !(wake !== null && wake > at) ? 'open' : undone.from;
  return {
    ...life,
    state: to,
    snoozedUntil: to === 'snoozed' ? wake : null,
    stateSince: to === 'open' && undone.from === 'snoozed' ? at : since,
    doneAt: to === 'done' ? since : null,
    history: [...life.history, { at, from: life.state, to, cause: 'undo' }],
  };
}

/**
 * The conversation after one event. An event that does not apply (done on a done conversation,
 * a snooze into the past) returns the same object, so callers can tell nothing changed.
 */
export function applyEvent(life: ConversationLife, event: ConversationEvent): ConversationLife {
  switch (event.type) {
    case 'customerPost': {
      const seen = { ...life, lastCustomerPostAt: Math.max(life.lastCustomerPostAt, event.at) };
      if (life.state === 'open') return seen;
      return moveTo(seen, 'open', { at: event.at, cause: 'customer', postId: event.postId });
    }
    case 'replySent': {
      const answered = { ...life, firstResponseAt: life.firstResponseAt ?? event.at };
      if (life.state === 'waiting') return answered;
      return moveTo(answered, 'waiting', { at: event.at, cause: 'reply', postId: event.postId });
    }
    case 'markDone':
      return life.state === 'done' ? life : moveTo(life, 'done', { at: event.at, cause: 'user' });
    case 'markWaiting':
      return life.state === 'waiting'
        ? life
        : moveTo(life, 'waiting', { at: event.at, cause: 'user' });
    case 'reopen':
      return life.state === 'open' ? life : moveTo(life, 'open', { at: event.at, cause: 'user' });
    case 'snooze':
      if (!(event.until > event.at)) return life;
      return moveTo(life, 'snoozed', {
        at: event.at,
        cause: 'user',
        snoozedUntil: event.until,
      });
    case 'undo':
      return undoLast(life, event.at);
    case 'tick':
      if (life.state === 'snoozed' && life.snoozedUntil !== null && event.at >= life.snoozedUntil) {
        return moveTo(life, 'open', { at: life.snoozedUntil, cause: 'woke' });
      }
      if (life.state === 'waiting' && event.at - life.stateSince >= event.autoDoneAfterMs) {
        return moveTo(life, 'done', {
          at: life.stateSince + event.autoDoneAfterMs,
          cause: 'auto-done',
        });
      }
      return life;
  }
}

/** When a conversation next changes by time alone, or null if it waits for someone. */
export function nextTimedChange(life: ConversationLife, autoDoneAfterMs: number): number | null {
  if (life.state === 'snoozed') return life.snoozedUntil;
  if (life.state === 'waiting') return life.stateSince + autoDoneAfterMs;
  return null;
}
