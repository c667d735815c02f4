import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { formatAmount } from '../../../../shared/outcomes/return-on-time';
import { OUTCOME_LABELS } from '../../lib/outcome-words';
import { useStore } from '../../store';
import { Avatar } from '../Avatar';
import { FieldError } from '../FieldError';
import { useModalDialog } from '../use-modal-dialog';
import { OutcomeForm } from './OutcomeForm';

const when = (ms: number) =>
  new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** The deck and account of the column a card was opened from: an outcome logged here is theirs. */
function useColumnOrigin(columnId: string | undefined) {
  return useStore(
    useShallow((s) => {
      for (const d of s.layout?.decks ?? []) {
        const c = d.columns.find((x) => x.id === columnId);
        if (c) return { deckId: d.id, accountId: c.accountId };
      }
      return { deckId: null, accountId: null };
    }),
  );
}

/**
 * A person: who they are (as X last showed them), the owner's tags and notes, what came of
 * them, and both accounts' history with them. Everything here stays on this machine.
 */
export function PersonCardDialog() {
  const open = useStore((s) => s.personCard);
  const closePerson = useStore((s) => s.closePerson);
  const setPersonTag = useStore((s) => s.setPersonTag);
  const addPersonNote = useStore((s) => s.addPersonNote);
  const removePersonNote = useStore((s) => s.removePersonNote);
  const deletePerson = useStore((s) => s.deletePerson);
  const origin = useColumnOrigin(open?.context.columnId);
  const ref = useModalDialog(open !== null);
  const [note, setNote] = useState('');
  const [noteProblem, setNoteProblem] = useState<string | null>(null);
  const [tagProblem, setTagProblem] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const card = open?.card;

  const close = () => {
    setConfirmDelete(false);
    setNoteProblem(null);
    setTagProblem(null);
    closePerson();
  };

  return (
    <dialog
      ref={ref}
      className="person-dialog"
      aria-labelledby="person-heading"
      onClose={() => useStore.getState().personCard && close()}
    >
      {open && !card && <p role={open.error ? 'alert' : 'status'}>{open.error ?? 'Loading…'}</p>}
      {card && (
        <>
          <header className="person-head">
            <Avatar url={card.person.avatarUrl} color="#8a9bb8" name={card.person.name} size={48} />
            <div>
              <h2 id="person-heading">{card.person.name}</h2>
              <p className="muted">
                @{card.person.username} · last seen {when(card.person.lastSeen)}
              </p>
              {card.person.bio && <p className="person-bio">{card.person.bio}</p>}
            </div>
          </header>

          <section aria-labelledby="person-tags-heading">
            <h3 id="person-tags-heading">Tags</h3>
            <div className="tag-toggles">
              {card.tags.map((t) => {
                const on = card.person.tagIds.includes(t.id);
                return (
                  <button
                    key={t.id}
                    type="button"
                    className={`tag-toggle${on ? ' on' : ''}`}
                    style={
                      on ? { background: t.color, borderColor: t.color } : { borderColor: t.color }
                    }
                    aria-pressed={on}
                    onClick={() => void setPersonTag(card.person.id, t.id, !on).then(setTagProblem)}
                  >
                    {t.name}
                  </button>
                );
              })}
            </div>
            <FieldError id="person-tag-error" problem={tagProblem} />
          </section>

          <section aria-labelledby="person-notes-heading">
            <h3 id="person-notes-heading">Notes</h3>
            <form
              className="note-form"
              onSubmit={(e) => {
                e.preventDefault();
                if (note.trim() === '') return setNoteProblem('A note needs some text');
                void addPersonNote(card.person.id, note).then((refusal) => {
                  setNoteProblem(refusal);
                  if (!refusal) setNote('');
                });
              }}
            >
              <label className="visually-hidden" htmlFor="person-note">
                New note
              </label>
              <textarea
                id="person-note"
                value={note}
                rows={2}
                maxLength={5000}
                placeholder="A note only you see"
                aria-describedby="person-note-error"
                onChange={(e) => setNote(e.target.value)}
              />
              <button type="submit" className="button">
                Add note
              </button>
              <FieldError id="person-note-error" problem={noteProblem} />
            </form>
            <ul className="person-notes">
              {card.notes.map((n) => (
                <li key={n.id}>
                  <p className="note-text">{n.text}</p>
                  <span className="muted">{when(n.createdAt)}</span>{' '}
                  <button
                    type="button"
                    className="link-button"
                    aria-label={`Delete the note of ${when(n.createdAt)}`}
                    onClick={() => void removePersonNote(card.person.id, n.id)}
                  >
                    Delete
                  </button>
                </li>
              ))}
            </ul>
          </section>

          <section aria-labelledby="person-outcomes-heading">
            <h3 id="person-outcomes-heading">Outcomes</h3>
            <OutcomeForm
              idPrefix="person-outcome"
              personId={card.person.id}
              {...(open.context.postId ? { postId: open.context.postId } : {})}
              {...(origin?.deckId ? { deckId: origin.deckId } : {})}
              {...(origin?.accountId ? { accountId: origin.accountId } : {})}
            />
            {card.outcomes.length > 0 && (
              <ul className="person-outcomes">
                {card.outcomes.map((o) => (
                  <li key={o.id}>
                    {OUTCOME_LABELS[o.kind]}
                    {o.valueMinor !== null && o.currency
                      ? ` ${formatAmount(o.valueMinor, o.currency)}`
                      : ''}
                    {o.note ? ` — ${o.note}` : ''} <span className="muted">{when(o.at)}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section aria-labelledby="person-history-heading">
            <h3 id="person-history-heading">History</h3>
            <p>
              {card.postsSeenCount} of their posts seen · {card.repliesSentCount} replies sent ·{' '}
              {card.conversations.length} inbox conversations
            </p>
            {card.conversations.length > 0 && (
              <ul className="person-history">
                {card.conversations.map((c) => (
                  <li key={c.key}>
                    <span className="muted">{c.state}</span> {c.lastPostText}
                  </li>
                ))}
              </ul>
            )}
            <ul className="person-history">
              {card.postsSeen.slice(0, 5).map((p) => (
                <li key={p.id}>
                  <span className="muted">{when(p.createdAt)}</span> {p.text}
                </li>
              ))}
            </ul>
          </section>

          <div className="form-buttons">
            {confirmDelete ? (
              <>
                <span>
                  Delete @{card.person.username}, their tags, notes and the links of outcomes to
                  them? Their posts stay in the archive.
                </span>
                <button
                  type="button"
                  className="button danger"
                  onClick={() => void deletePerson(card.person.id).then(() => close())}
                >
                  Delete everything about them
                </button>
                <button type="button" className="button" onClick={() => setConfirmDelete(false)}>
                  Keep
                </button>
              </>
            ) : (
              <button type="button" className="button" onClick={() => setConfirmDelete(true)}>
                Delete this person…
              </button>
            )}
            <button type="button" className="button primary" onClick={close}>
              Close
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
