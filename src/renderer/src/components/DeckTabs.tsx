import { useMemo, useState, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../store';
import { selectDecks } from '../store/selectors';
import { refocus } from './focus';
import { DeckUnread } from './DeckUnread';
import { NameForm } from './NameForm';

export const deckTabId = (deckId: string) => `deck-tab-${deckId}`;
export const deckPanelId = (deckId: string) => `deck-panel-${deckId}`;

/**
 * The decks as a WAI-ARIA tablist: arrows, Home and End move between tabs and open them;
 * Alt+Shift+arrows move the focused deck. The deck's own actions sit beside the tabs.
 */
export function DeckTabs() {
  const decks = useStore(selectDecks);
  const activeDeckId = useStore((s) => s.layout?.activeDeckId);
  const tabs = useMemo(
    () => decks.map((d) => ({ id: d.id, name: d.name, active: d.id === activeDeckId })),
    [decks, activeDeckId],
  );
  const { activateDeck, moveDeck, createDeck } = useStore(
    useShallow((s) => ({
      activateDeck: s.activateDeck,
      moveDeck: s.moveDeck,
      createDeck: s.createDeck,
    })),
  );
  const [creating, setCreating] = useState(false);

  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const tab = tabs[index];
    if (!tab) return;
    const last = tabs.length - 1;
    if (e.altKey && e.shiftKey && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) {
      e.preventDefault();
      const to = e.key === 'ArrowLeft' ? index - 1 : index + 1;
      if (to < 0 || to > last) return;
      void moveDeck(tab.id, to).then((ok) => ok && refocus(deckTabId(tab.id)));
      return;
    }
    const target =
      e.key === 'ArrowLeft'
        ? index === 0
          ? last
          : index - 1
        : e.key === 'ArrowRight'
          ? index === last
            ? 0
            : index + 1
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? last
              : null;
    if (target === null) return;
    e.preventDefault();
    const next = tabs[target];
    if (!next) return;
    document.getElementById(deckTabId(next.id))?.focus();
    void activateDeck(next.id);
  };

  return (
    <nav className="deck-tabs" aria-label="Decks">
      <div role="tablist" aria-label="Decks" className="tablist">
        {tabs.map((tab, index) => (
          <button
            key={tab.id}
            id={deckTabId(tab.id)}
            role="tab"
            type="button"
            aria-selected={tab.active}
            aria-controls={deckPanelId(tab.id)}
            tabIndex={tab.active ? 0 : -1}
            className="tab"
            title={index < 9 ? `${tab.name} (Ctrl+${index + 1})` : tab.name}
            onClick={() => void activateDeck(tab.id)}
            onKeyDown={(e) => onKeyDown(e, index)}
          >
            {tab.name}
            <DeckUnread deckId={tab.id} name={tab.name} />
          </button>
        ))}
      </div>
      {creating ? (
        <NameForm
          label="New deck name"
          submitLabel="Create deck"
          initial=""
          onSubmit={async (name) => {
            if (await createDeck(name)) setCreating(false);
          }}
          onCancel={() => setCreating(false)}
        />
      ) : (
        <button type="button" className="button" onClick={() => setCreating(true)}>
          New deck
        </button>
      )}
    </nav>
  );
}
