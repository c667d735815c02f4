import '../../styles/inbox.css';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { CONVERSATION_STATES } from '../../../../shared/inbox/conversation-state';
import type { ConversationState } from '../../../../shared/inbox/conversation-state';
import type { ConversationView, InboxActRequest } from '../../../../shared/inbox/schema';
import type { Column } from '../../../../shared/decks/schema';
import {
  STATE_LABELS,
  TRIAGE_KEYS,
  columnAccountFilter,
  countsOf,
  shownConversations,
  type AccountFilter,
} from '../../lib/inbox-view';
import { useStore } from '../../store';
import { isBrandRole } from '../../../../shared/inbox/brand-role';
import { ConversationItem } from './ConversationItem';
import { ReplyOnX } from './ReplyOnX';
import { SnoozePicker } from './SnoozePicker';

type Keys = [string, ...string[]];

/**
 * An Inbox column: the conversations customers started with the brand accounts, to be answered
 * and closed. Open ones come oldest wait first; the keyboard triages the focused one (e done,
 * i done with "issue solved" logged, s snooze, w waiting, o reopen, u undo, r reply; x selects for a batch done).
 */
export function InboxFeed({ column }: { column: Column }) {
  const { inbox, accounts, layout, act, openComposer, logOutcome, flash, setOnX } = useStore(
    useShallow((s) => ({
      setOnX: s.setInboxReplyingOnX,
      inbox: s.inbox,
      accounts: s.accounts?.accounts ?? null,
      layout: s.layout,
      act: s.actOnInbox,
      openComposer: s.openComposer,
      logOutcome: s.logOutcome,
      flash: s.showFlash,
    })),
  );
  const [state, setState] = useState<ConversationState>('open');
  const [account, setAccount] = useState<AccountFilter>(() =>
    columnAccountFilter(
      column.accountId,
      (accounts ?? []).filter((a) => isBrandRole(a.role)).map((a) => a.id),
    ),
  );
  const [picked, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [snoozing, setSnoozing] = useState<Keys | null>(null);
  const [replyingOnX, setReplyingOnX] = useState<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  // "Reply on X" drafting is time on its conversation: main hears of it through the store.
  useEffect(() => {
    if (!replyingOnX) return;
    setOnX(replyingOnX);
    return () => {
      if (useStore.getState().inboxReplyingOnX === replyingOnX) setOnX(null);
    };
  }, [replyingOnX, setOnX]);
  const focusAfter = useRef<number | null>(null);

  const brands = useMemo(() => (accounts ?? []).filter((a) => isBrandRole(a.role)), [accounts]);
  const all = inbox?.conversations;
  const shown = useMemo(() => shownConversations(all ?? [], state, account), [all, state, account]);
  const counts = useMemo(() => countsOf(all ?? [], account), [all, account]);
  // What left the filter (done, snoozed) is no longer selected.
  const selected = useMemo(() => {
    const keys = new Set(shown.map((c) => c.key));
    return new Set([...picked].filter((k) => keys.has(k)));
  }, [picked, shown]);
  const columnTitles = useMemo(
    () => new Map((layout?.decks ?? []).flatMap((d) => d.columns.map((c) => [c.id, c.title]))),
    [layout],
  );

  // After an action took the focused conversation away, focus the one now in its place.
  useEffect(() => {
    const index = focusAfter.current;
    if (index === null) return;
    focusAfter.current = null;
    const items = listRef.current?.querySelectorAll<HTMLElement>('[data-conversation]');
    if (!items || items.length === 0) return;
    items[Math.min(index, items.length - 1)]?.focus();
  }, [shown]);

  const run = (request: InboxActRequest, index: number) => {
    focusAfter.current = index;
    void act(request);
  };

  /** Done, with "issue solved" logged for the customer, the brand account and this deck. */
  const solved = (c: ConversationView, index: number) => {
    if (c.state !== 'done') run({ action: 'done', keys: [c.key] }, index);
    const deckId = layout?.decks.find((d) => d.columns.some((col) => col.id === column.id))?.id;
    void logOutcome({
      kind: 'issue_solved',
      personId: c.customerId,
      conversationKey: c.key,
      accountId: c.brandId,
      ...(deckId ? { deckId } : {}),
    }).then((refusal) => flash(refusal ?? 'Issue solved: logged in What it brought'));
  };

  const reply = (c: ConversationView) => {
    if (c.summoned) openComposer({ inReplyToId: c.lastPostId, accountId: c.brandId });
    else setReplyingOnX(c.key);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>, c: ConversationView, index: number) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const items = () => [
      ...(listRef.current?.querySelectorAll<HTMLElement>('[data-conversation]') ?? []),
    ];
    if (e.key === 'ArrowDown' || e.key === 'j' || e.key === 'ArrowUp' || e.key === 'k') {
      const step = e.key === 'ArrowDown' || e.key === 'j' ? 1 : -1;
      items()[index + step]?.focus();
      e.preventDefault();
      return;
    }
    if (e.key === 'x' || e.key === ' ') {
      toggle(c.key);
      e.preventDefault();
      return;
    }
    const triage = TRIAGE_KEYS[e.key];
    if (!triage) return;
    e.preventDefault();
    const keys: Keys = [c.key];
    switch (triage) {
      case 'done': {
        // With conversations selected, e closes them all (the batch), else the focused one.
        const batch = selected.size > 0 ? [...selected] : keys;
        return run({ action: 'done', keys: batch as Keys }, index);
      }
      case 'solved':
        return solved(c, index);
      case 'snooze':
        return setSnoozing(keys);
      case 'waiting':
        return run({ action: 'waiting', keys }, index);
      case 'reopen':
        return run({ action: 'reopen', keys }, index);
      case 'undo':
        return run({ action: 'undo', keys }, index);
      case 'reply':
        return reply(c);
    }
  };

  const toggle = (key: string) =>
    setSelected((before) => {
      const next = new Set(before);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  const replyTarget = replyingOnX ? all?.find((c) => c.key === replyingOnX) : undefined;

  return (
    <div className="inbox">
      <div className="inbox-filters">
        <div role="group" aria-label="Show conversations" className="inbox-states">
          {CONVERSATION_STATES.map((s) => (
            <button
              key={s}
              type="button"
              className="button small"
              aria-pressed={state === s}
              onClick={() => setState(s)}
            >
              {STATE_LABELS[s]} <span className="inbox-count">{counts[s]}</span>
            </button>
          ))}
        </div>
        {brands.length > 1 && (
          <label className="inbox-account">
            <span className="visually-hidden">Brand account</span>
            <select value={account} onChange={(e) => setAccount(e.target.value)}>
              <option value="all">All brand accounts</option>
              {brands.map((b) => (
                <option key={b.id} value={b.id}>
                  @{b.username}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {selected.size > 0 && (
        <div className="inbox-batch" role="group" aria-label="Selected conversations">
          <span>{selected.size} selected</span>
          <button
            type="button"
            className="button small"
            onClick={() => void act({ action: 'done', keys: [...selected] as Keys })}
          >
            Mark {selected.size} done
          </button>
          <button type="button" className="button small" onClick={() => setSelected(new Set())}>
            Clear selection
          </button>
        </div>
      )}
      {snoozing && (
        <SnoozePicker
          onCancel={() => setSnoozing(null)}
          onPick={(choice) => {
            const keys = snoozing;
            setSnoozing(null);
            void act({ action: 'snooze', keys, choice });
          }}
        />
      )}
      {replyTarget && <ReplyOnX conversation={replyTarget} onClose={() => setReplyingOnX(null)} />}
      <div className="column-body inbox-body">
        {inbox === null ? (
          <p className="inbox-empty">Loading conversations…</p>
        ) : shown.length === 0 ? (
          <p className="inbox-empty">
            {state === 'open'
              ? brands.length === 0
                ? 'No brand account yet: give an account the Brand role in Accounts, and its mentions and support searches start conversations here.'
                : 'No one is waiting for an answer.'
              : `No ${STATE_LABELS[state].toLowerCase()} conversations.`}
          </p>
        ) : (
          <ul
            ref={listRef}
            className="inbox-list"
            aria-label={`${STATE_LABELS[state]} conversations`}
          >
            {shown.map((c, index) => (
              <ConversationItem
                key={c.key}
                conversation={c}
                sourceTitle={columnTitles.get(c.sourceColumnId) ?? null}
                selected={selected.has(c.key)}
                onToggle={() => toggle(c.key)}
                onKeyDown={(e) => onKeyDown(e, c, index)}
                onReply={() => reply(c)}
                onAct={(action) => run({ action, keys: [c.key] }, index)}
                onSnooze={() => setSnoozing([c.key])}
              />
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
