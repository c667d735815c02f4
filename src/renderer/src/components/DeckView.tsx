import { Suspense, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../store';
import { selectActiveDeck } from '../store/selectors';
import { AddColumnForm } from './lazy/parts';
import { useLoadDeferredWhenIdle } from './lazy/Deferred';
import { ColumnStrip } from './column/ColumnStrip';
import { deckPanelId, deckTabId } from './DeckTabs';
import { refocus } from './focus';
import { deckNameProblem } from '../lib/field-problems';
import { NameForm } from './NameForm';
import { LockPanel } from './timebox/LockPanel';
import { selectShownLocked } from '../store/timebox-selectors';

export function DeckView() {
  const deck = useStore(selectActiveDeck);
  const deckCount = useStore((s) => s.layout?.decks.length ?? 0);
  const deckIndex = useStore(
    (s) => s.layout?.decks.findIndex((d) => d.id === s.layout?.activeDeckId) ?? -1,
  );
  const { renameDeck, moveDeck, removeDeck } = useStore(
    useShallow((s) => ({
      renameDeck: s.renameDeck,
      moveDeck: s.moveDeck,
      removeDeck: s.removeDeck,
    })),
  );
  const locked = useStore(selectShownLocked);
  const [renaming, setRenaming] = useState(false);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  useLoadDeferredWhenIdle(deck !== undefined);

  if (!deck) return <main className="deck deck-loading">Loading your decks…</main>;

  const move = (to: number) =>
    void moveDeck(deck.id, to).then((ok) => ok && refocus(deckTabId(deck.id)));

  return (
    <main
      id={deckPanelId(deck.id)}
      role="tabpanel"
      aria-labelledby={deckTabId(deck.id)}
      className="deck"
    >
      <div className="deck-toolbar" role="toolbar" aria-label={`Deck ${deck.name}`}>
        {renaming ? (
          <NameForm
            label="Deck name"
            submitLabel="Rename deck"
            initial={deck.name}
            validate={deckNameProblem}
            onSubmit={async (name) => {
              if (await renameDeck(deck.id, name)) setRenaming(false);
            }}
            onCancel={() => setRenaming(false)}
          />
        ) : (
          <button type="button" className="button" onClick={() => setRenaming(true)}>
            Rename deck
          </button>
        )}
        <button
          type="button"
          className="button"
          disabled={deckIndex <= 0}
          onClick={() => move(deckIndex - 1)}
        >
          Move deck left
        </button>
        <button
          type="button"
          className="button"
          disabled={deckIndex >= deckCount - 1}
          onClick={() => move(deckIndex + 1)}
        >
          Move deck right
        </button>
        {confirmingDelete ? (
          <>
            <button
              type="button"
              className="button danger"
              autoFocus
              onClick={() => void removeDeck(deck.id).then(() => setConfirmingDelete(false))}
            >
              Delete “{deck.name}” and its columns
            </button>
            <button type="button" className="button" onClick={() => setConfirmingDelete(false)}>
              Keep deck
            </button>
          </>
        ) : (
          <button
            type="button"
            className="button"
            disabled={deckCount <= 1}
            onClick={() => setConfirmingDelete(true)}
          >
            Delete deck
          </button>
        )}
      </div>
      {locked ? (
        // Main has locked the deck: no column and no post is rendered at all.
        <LockPanel deckName={deck.name} />
      ) : (
        <ColumnStrip
          deck={deck}
          after={
            <Suspense fallback={<AddColumnPlace />}>
              <AddColumnForm deckId={deck.id} />
            </Suspense>
          }
        />
      )}
    </main>
  );
}

/** Where the new-column form will be, the column's width, while its chunk loads. */
function AddColumnPlace() {
  return (
    <section className="column add-column" aria-label="Add a column" aria-busy="true">
      <h2>Add a column</h2>
    </section>
  );
}
