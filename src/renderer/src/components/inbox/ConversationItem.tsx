import { useEffect, type KeyboardEvent } from 'react';
import type { ConversationView } from '../../../../shared/inbox/schema';
import { useNow } from '../../hooks/use-now';
import { costWords, waitWords } from '../../lib/inbox-view';
import { useStore } from '../../store';
import { exactTime } from '../../lib/relative-time';

interface Props {
  conversation: ConversationView;
  /** The search column that found it (null: gone since). */
  sourceTitle: string | null;
  selected: boolean;
  onToggle(): void;
  onKeyDown(e: KeyboardEvent<HTMLElement>): void;
  onReply(): void;
  onAct(action: 'done' | 'waiting' | 'reopen' | 'undo'): void;
  onSnooze(): void;
}

/** One conversation: who, what they said last (as text), how long they have waited, and where from. */
export function ConversationItem({
  conversation: c,
  sourceTitle,
  selected,
  onToggle,
  onKeyDown,
  onReply,
  onAct,
  onSnooze,
}: Props) {
  const now = useNow(60_000);
  const setFocused = useStore((s) => s.setInboxFocused);
  const counting = useStore((s) => s.inboxAttended === c.key);
  // Leaving the list (done, snoozed, the column gone) ends the time counted on it.
  useEffect(
    () => () => {
      if (useStore.getState().inboxFocused === c.key) setFocused(null);
    },
    [c.key, setFocused],
  );
  const customer = c.customerUsername ? `@${c.customerUsername}` : 'A customer';
  const source =
    c.via === 'mention' ? 'Mention' : `Search: ${sourceTitle ?? 'a search column removed since'}`;
  const since = waitWords(now - c.stateSince);
  const timing =
    c.state === 'open'
      ? `waiting ${since}`
      : c.state === 'snoozed' && c.snoozedUntil !== null
        ? `snoozed until ${exactTime(c.snoozedUntil)}`
        : c.state === 'waiting'
          ? `answered ${since} ago`
          : `done ${since} ago`;
  const checkboxId = `inbox-select-${c.key.replace(':', '-')}`;
  return (
    <li
      className={`inbox-item${selected ? ' selected' : ''}`}
      // Open while focus is inside it (the item, its buttons): its minutes count in main.
      onFocus={() => setFocused(c.key)}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setFocused(null);
      }}
    >
      <article
        tabIndex={0}
        data-conversation={c.key}
        // Main counts the owner's minutes on it now (while the time box counts them present).
        data-counting={counting ? 'true' : undefined}
        aria-label={`${customer}, ${timing}`}
        onKeyDown={(e) => {
          if (e.target === e.currentTarget) onKeyDown(e);
        }}
      >
        <div className="inbox-item-head">
          <input
            id={checkboxId}
            type="checkbox"
            checked={selected}
            onChange={onToggle}
            aria-label={`Select ${customer}`}
          />
          <span className="inbox-customer">{customer}</span>
          <span className="inbox-timing">{timing}</span>
        </div>
        <p className="inbox-text">{c.lastPostText}</p>
        <p className="inbox-cost">{costWords(c.cost)}</p>
        <div className="inbox-item-foot">
          <span className="inbox-source">{source}</span>
          <span className="inbox-route">{c.summoned ? 'Reply here' : 'Reply on X'}</span>
        </div>
        <div className="inbox-actions">
          <button type="button" className="button small" onClick={onReply}>
            {c.summoned ? 'Reply here' : 'Reply on X'}
          </button>
          {c.state !== 'done' && (
            <button type="button" className="button small" onClick={() => onAct('done')}>
              Done
            </button>
          )}
          {c.state !== 'done' && (
            <button type="button" className="button small" onClick={onSnooze}>
              Snooze
            </button>
          )}
          {c.state === 'open' && (
            <button type="button" className="button small" onClick={() => onAct('waiting')}>
              Waiting
            </button>
          )}
          {c.state !== 'open' && (
            <button type="button" className="button small" onClick={() => onAct('reopen')}>
              Reopen
            </button>
          )}
          {c.canUndo && (
            <button type="button" className="button small" onClick={() => onAct('undo')}>
              Undo
            </button>
          )}
        </div>
      </article>
    </li>
  );
}
