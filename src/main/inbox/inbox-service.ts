import {
  applyEvent,
  canUndo,
  DEFAULT_AUTO_DONE_AFTER_MS,
  openConversation,
  type ConversationEvent,
  type ConversationState,
} from '../../shared/inbox/conversation-state';
import { isBrandRole } from '../../shared/inbox/brand-role';
import {
  attributeStretch,
  NO_ATTENTION,
  openConversation as openOnScreen,
} from '../../shared/inbox/attention';
import { costsByConversation, NO_COST, type ConversationCost } from '../../shared/inbox/cost';
import { DEFAULT_PRICES, type PriceTable } from '../../shared/x/prices';
import { conversationKeyId, intakeOf, type BrandAccount } from '../../shared/inbox/intake';
import type {
  ConversationView,
  InboxActRequest,
  InboxAttendRequest,
  InboxCounts,
} from '../../shared/inbox/schema';
import type { Clock, TimerId } from '../../shared/time/clock';
import type { Post, XUser } from '../../shared/x/types';
import { AppFailure } from '../errors';
import type { EventHub } from '../ipc/events';
import type { Handlers } from '../ipc/router';
import type { InboxStore, StoredConversation } from '../library/inbox';
import type { Logger } from '../platform/logger';
import { inboxDayMetrics } from './day-metrics';
import { sessionWork } from './session-work';
import { snoozeUntil } from './snooze-times';

/** A column as the inbox needs it: which one, and whether it is a support search. */
export interface DeliveringColumn {
  id: string;
  type: string;
  /** Set on a search built with the support-search builder (brand names, misspellings). */
  builder?: unknown;
}

export interface InboxDeps {
  inbox: InboxStore;
  clock: Clock;
  log: Logger;
  events: EventHub;
  /** The owner's signed-in accounts (the account id is the X user id). */
  accounts(): ReadonlyArray<{ id: string; username: string; role: string }>;
  /** Whether the deck holding this column is locked by the time box. */
  lockedColumn(columnId: string): boolean;
  /** The owner's home zone, where "tomorrow" is named. */
  zone(): string;
  /** The hour the time box's budget day starts (its reset hour), for the metrics' days. */
  resetHour?(): number;
  autoDoneAfterMs?: number;
  /**
   * Whether the owner wants the inbox's notifications for a brand account (an Inbox column set
   * to notify shows its conversations); none when not given.
   */
  wantsNotice?(brandId: string): boolean;
  /** The platform's notification seam: no 'electron' here. */
  notify?(n: { title: string; body: string }): void;
  /** The one price table (the spend meter's), read whenever a cost is shown. */
  prices?(): PriceTable;
}

/** The tick never waits less than this, so a due change that keeps failing cannot spin. */
const MIN_TICK_MS = 1_000;
/** After a failed tick: try again in a minute. */
const RETRY_MS = 60_000;
/** Timers are re-armed at least this often: the clock may jump (sleep, a changed system time). */
const MAX_TICK_MS = 3_600_000;
/** Attention is kept in the library once this much is held (and when the open one changes). */
const ATTENTION_FLUSH_MS = 30_000;
/** Attention is kept per quarter hour of wall time: every zone's day starts on one. */
export const ATTENTION_SLOT_MS = 15 * 60_000;

/**
 * The support inbox: takes in what columns deliver (intake), notes replies sent from Timedeck,
 * lets time move conversations (auto-done, snooze wake-ups) and carries out the owner's triage.
 * The state machine is src/shared/inbox/conversation-state.ts; this keeps its results in the
 * library and says when they change.
 */
export function createInboxService(deps: InboxDeps) {
  const { inbox, clock, log } = deps;
  const autoDoneAfterMs = deps.autoDoneAfterMs ?? DEFAULT_AUTO_DONE_AFTER_MS;
  let timer: TimerId | undefined;
  let running = false;
  const prices = () => deps.prices?.() ?? DEFAULT_PRICES;

  const changed = () => deps.events.emit('inbox.changed', { at: clock.now() });

  // The conversation open on screen (segments on the monotonic clock), and the owner's time on
  // conversations counted but not yet kept in the library.
  let attention = NO_ATTENTION;
  let attended: string | null = null;
  const held = new Map<string, number>();
  let heldMs = 0;

  /** Keeps the held attention in the library, in the quarter hour of now. */
  function flushAttention(): boolean {
    if (heldMs === 0) return false;
    const slot = Math.floor(clock.now() / ATTENTION_SLOT_MS) * ATTENTION_SLOT_MS;
    for (const [key, ms] of held) inbox.addAttention(key, slot, ms);
    held.clear();
    heldMs = 0;
    return true;
  }

  /** The time box counted the owner present on an unlocked deck for [from, to) (monotonic). */
  function counted(stretch: { from: number; to: number }): void {
    try {
      const result = attributeStretch(attention, stretch);
      attention = result.state;
      for (const { key, ms } of result.spent) {
        const c = inbox.get(key);
        // A conversation of a locked deck is not on screen: its time is not its own.
        if (!c || !visible(c)) continue;
        held.set(key, (held.get(key) ?? 0) + ms);
        heldMs += ms;
      }
      if (heldMs >= ATTENTION_FLUSH_MS && flushAttention()) changed();
    } catch (e) {
      log.error('inbox: could not count time on a conversation', e);
    }
  }

  /** Which conversation is open on screen now (the renderer says); its time counts from now. */
  function attend(request: InboxAttendRequest): { key: string | null } {
    let key: string | null = null;
    if (request.key !== null) {
      const c = inbox.get(request.key);
      if (!c) throw new AppFailure('not_found', 'That conversation is no longer in the inbox.');
      // A locked deck's conversation is not on screen: nothing counts (and nothing to say).
      key = visible(c) ? c.key : null;
    } else if (request.inReplyToId !== undefined) {
      const found = inbox.keyOfPost(request.inReplyToId);
      const c = found ? inbox.get(found) : null;
      key = c && visible(c) ? c.key : null;
    }
    if (key !== attended) {
      attention = openOnScreen(attention, key, clock.monotonic());
      attended = key;
      // What the last one took is kept and shown now.
      try {
        if (flushAttention()) changed();
      } catch (e) {
        log.error('inbox: could not keep the time on a conversation', e);
      }
    }
    return { key };
  }

  /** Each conversation's cost, the time not yet kept included. */
  function costs(): Map<string, ConversationCost> {
    const all = costsByConversation(inbox.costRecords(), prices());
    for (const [key, ms] of held) {
      const c = all.get(key) ?? { ...NO_COST };
      all.set(key, { ...c, attentionMs: c.attentionMs + ms });
    }
    return all;
  }

  /**
   * One notification for what became open by itself (a new conversation, a snooze ending): who,
   * never what they wrote, and nothing of a locked deck's. Never lets a failure stop the inbox.
   */
  function notifyOpened(list: readonly StoredConversation[], what: 'new' | 'woke'): void {
    if (!deps.notify || !deps.wantsNotice) return;
    try {
      const shown = list.filter((c) => visible(c) && deps.wantsNotice!(c.brandId));
      if (shown.length === 0) return;
      const names = shown.map((c) =>
        c.customerUsername ? `@${c.customerUsername}` : 'A customer',
      );
      const who =
        names.length <= 3
          ? names.join(', ')
          : `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`;
      deps.notify(
        what === 'new'
          ? {
              title:
                shown.length === 1 ? 'A new conversation' : `${shown.length} new conversations`,
              body: `${who}: waiting for an answer`,
            }
          : {
              title:
                shown.length === 1
                  ? 'A snoozed conversation is back'
                  : `${shown.length} snoozed conversations are back`,
              body: `${who}: waiting for an answer`,
            },
      );
    } catch (e) {
      log.error('inbox: a notification failed', e);
    }
  }

  const brands = (): BrandAccount[] =>
    deps
      .accounts()
      .filter((a) => isBrandRole(a.role))
      .map((a) => ({ id: a.id, username: a.username }));

  function view(c: StoredConversation, cost: ConversationCost = NO_COST): ConversationView {
    const { life } = c;
    return {
      key: c.key,
      conversationId: c.conversationId,
      customerId: c.customerId,
      customerUsername: c.customerUsername,
      brandId: c.brandId,
      via: c.via,
      sourceColumnId: c.sourceColumnId,
      summoned: c.summoned,
      lastPostId: c.lastPostId,
      lastPostText: c.lastPostText,
      state: life.state,
      snoozedUntil: life.snoozedUntil,
      stateSince: life.stateSince,
      openedAt: life.openedAt,
      firstResponseAt: life.firstResponseAt,
      canUndo: canUndo(life),
      history: life.history,
      cost,
    };
  }

  /** Applies one event and keeps the result; whether anything changed. */
  function apply(c: StoredConversation, event: ConversationEvent): StoredConversation | null {
    const life = applyEvent(c.life, event);
    if (life === c.life) return null;
    const next = { ...c, life };
    inbox.save(next, clock.now());
    return next;
  }

  /** Posts a column delivered, oldest first: each may open, join or answer a conversation. */
  function intake(
    column: DeliveringColumn,
    accountId: string,
    posts: readonly Post[],
    users: readonly XUser[],
  ): void {
    const brandList = brands();
    if (brandList.length === 0) return;
    const ownIds = new Set(deps.accounts().map((a) => a.id));
    const names = new Map(users.map((u) => [u.id, u.username]));
    const source = {
      columnId: column.id,
      supportSearch: column.type === 'search' && column.builder !== undefined,
      accountXId: accountId,
    };
    const ordered = [...posts].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
    let any = false;
    const opened: StoredConversation[] = [];
    for (const post of ordered) {
      try {
        any = takeIn(post, source, brandList, ownIds, names, opened) || any;
      } catch (e) {
        // One post the library could not keep does not stop the others.
        log.error(`inbox: could not take in post ${post.id}`, e);
      }
    }
    if (any) {
      changed();
      arm();
    }
    notifyOpened(opened, 'new');
  }

  function takeIn(
    post: Post,
    source: Parameters<typeof intakeOf>[1],
    brandList: BrandAccount[],
    ownIds: Set<string>,
    names: Map<string, string>,
    newlyOpened: StoredConversation[],
  ): boolean {
    const found = intakeOf(post, source, brandList, ownIds);
    if (!found) return false;
    if (inbox.keyOfPost(post.id)) return false; // seen already, maybe by another column
    const key = conversationKeyId(found.key);
    const at = Date.parse(post.createdAt) || clock.now();
    const existing = inbox.get(key);

    if (found.kind === 'answer') {
      // A reply typed on X (or sent from here and read back): the conversation is waiting,
      // unless the customer has posted since.
      if (!existing) return false;
      inbox.addPost(key, post.id, at, false);
      if (at < existing.life.lastCustomerPostAt) return false;
      return apply(existing, { type: 'replySent', at, postId: post.id }) !== null;
    }

    if (!existing) {
      const opened: StoredConversation = {
        key,
        conversationId: found.key.conversationId,
        customerId: found.key.customerId,
        customerUsername: names.get(found.key.customerId) ?? null,
        brandId: found.brandId,
        via: found.via,
        sourceColumnId: source.columnId,
        summoned: found.summoned,
        lastPostId: post.id,
        lastPostText: post.text,
        life: openConversation(at, post.id),
      };
      inbox.save(opened, clock.now());
      inbox.addPost(key, post.id, at, true);
      newlyOpened.push(opened);
      return true;
    }
    inbox.addPost(key, post.id, at, true);
    const latest = at >= existing.life.lastCustomerPostAt;
    const updated: StoredConversation = {
      ...existing,
      summoned: existing.summoned || found.summoned,
      ...(latest ? { lastPostId: post.id, lastPostText: post.text } : {}),
    };
    // A post older than the last change (a reply came after it) is part of the story, not news.
    const event: ConversationEvent | null =
      existing.life.state === 'open' || at >= existing.life.stateSince
        ? { type: 'customerPost', at, postId: post.id }
        : null;
    if (event && apply(updated, event)) return true;
    if (latest) inbox.save(updated, clock.now());
    return latest;
  }

  /** A reply went out from Timedeck: the conversation of the post it answers waits. */
  function replySent(accountId: string, inReplyToId: string, postId: string): void {
    try {
      const key = inbox.keyOfPost(inReplyToId);
      const c = key ? inbox.get(key) : null;
      if (!c || c.brandId !== accountId) return;
      const at = clock.now();
      inbox.addPost(c.key, postId, at, false);
      if (apply(c, { type: 'replySent', at, postId })) {
        changed();
        arm();
      }
    } catch (e) {
      log.error('inbox: could not note a reply', e);
    }
  }

  /** Applies `tick` to every conversation due now: snoozes end, long waits become done. */
  function tick(): void {
    const now = clock.now();
    let any = false;
    const woke: StoredConversation[] = [];
    for (const c of inbox.due(now, autoDoneAfterMs)) {
      const next = apply(c, { type: 'tick', at: now, autoDoneAfterMs });
      if (!next) continue;
      any = true;
      if (c.life.state === 'snoozed' && next.life.state === 'open') woke.push(next);
    }
    if (any) changed();
    notifyOpened(woke, 'woke');
  }

  /** Sets the timer for the next timed change; never sooner than MIN_TICK_MS from now. */
  function arm(delayMs?: number): void {
    if (!running) return;
    if (timer !== undefined) clock.clearTimeout(timer);
    let wait = delayMs;
    if (wait === undefined) {
      try {
        const next = inbox.nextTimedChange(autoDoneAfterMs);
        wait = next === null ? MAX_TICK_MS : next - clock.now();
      } catch (e) {
        log.error('inbox: could not read when the next change is due', e);
        wait = RETRY_MS;
      }
    }
    timer = clock.setTimeout(run, Math.min(MAX_TICK_MS, Math.max(MIN_TICK_MS, wait)));
  }

  function run(): void {
    timer = undefined;
    try {
      tick();
      arm();
    } catch (e) {
      log.error('inbox: a timed change failed; trying again in a minute', e);
      arm(RETRY_MS);
    }
  }

  const visible = (c: StoredConversation) => !deps.lockedColumn(c.sourceColumnId);

  function counts(list: readonly StoredConversation[]): InboxCounts {
    const out: InboxCounts = { open: 0, waiting: 0, snoozed: 0, done: 0 };
    for (const c of list) out[c.life.state] += 1;
    return out;
  }

  function eventFor(request: InboxActRequest, now: number): ConversationEvent {
    switch (request.action) {
      case 'done':
        return { type: 'markDone', at: now };
      case 'waiting':
        return { type: 'markWaiting', at: now };
      case 'reopen':
        return { type: 'reopen', at: now };
      case 'undo':
        return { type: 'undo', at: now };
      case 'sentOnX':
        return { type: 'replySent', at: now };
      case 'snooze': {
        const until = snoozeUntil(request.choice, now, deps.zone());
        if (until === null)
          throw new AppFailure(
            'conflict',
            'Pick a time in the future, at most a year from now, to snooze until.',
          );
        return { type: 'snooze', at: now, until };
      }
    }
  }

  /** Numbers only, every deck's: the lock panel may show them while nothing is read. */
  function summary() {
    const open = inbox.list('open');
    return { open: open.length, oldestOpenSince: open[0]?.life.stateSince ?? null };
  }

  /** Response metrics per budget day (the Time view's days) and for the last seven. */
  const metrics = () => {
    const records = inbox.costRecords();
    // Time held but not yet kept counts in the quarter hour of now, as it will be kept.
    const slot = Math.floor(clock.now() / ATTENTION_SLOT_MS) * ATTENTION_SLOT_MS;
    const attentionNow = [...held].map(([key, ms]) => ({ key, at: slot, ms }));
    return inboxDayMetrics(
      inbox.list().map((c) => c.life),
      clock.now(),
      { zone: deps.zone(), resetHour: deps.resetHour?.() ?? 0 },
      30,
      {
        records: { ...records, attention: [...records.attention, ...attentionNow] },
        prices: prices(),
      },
    );
  };

  const handlers: Handlers['inbox'] = {
    summary,
    metrics,
    session: ({ since, until }) => sessionWork(inbox.list(), since, until),
    list: ({ state, accountId }) => {
      const all = inbox.list().filter(visible);
      const mine = accountId ? all.filter((c) => c.brandId === accountId) : all;
      const shown = state ? mine.filter((c) => c.life.state === state) : mine;
      const cost = costs();
      return { conversations: shown.map((c) => view(c, cost.get(c.key))), counts: counts(mine) };
    },
    act: (request) => {
      const now = clock.now();
      const event = eventFor(request, now);
      const found = request.keys.map((key) => inbox.get(key));
      if (found.some((c) => c === null))
        throw new AppFailure('not_found', 'That conversation is no longer in the inbox.');
      const targets = found as StoredConversation[];
      if (!targets.every(visible))
        throw new AppFailure(
          'locked',
          'This deck is locked: nothing is read until it opens again.',
        );
      let any = false;
      const after = targets.map((c) => {
        const next = apply(c, event);
        if (next) any = true;
        return next ?? c;
      });
      if (any) {
        changed();
        arm();
      }
      const cost = costs();
      return {
        conversations: after.map((c) => view(c, cost.get(c.key))),
        counts: counts(inbox.list().filter(visible)),
      };
    },
    attend,
  };

  return {
    handlers,
    intake,
    replySent,
    metrics,
    /** A stretch the time box counted (the owner present, the deck on screen unlocked). */
    counted,
    /** Counts of what the user may see now (the deck tab, the lock panel). */
    counts: (): Record<ConversationState, number> => counts(inbox.list().filter(visible)),
    start() {
      running = true;
      // What came due while Timedeck was closed changes first.
      run();
    },
    stop() {
      running = false;
      if (timer !== undefined) clock.clearTimeout(timer);
      timer = undefined;
      try {
        flushAttention();
      } catch (e) {
        log.error('inbox: could not keep the time on a conversation', e);
      }
    },
  };
}

export type InboxService = ReturnType<typeof createInboxService>;
