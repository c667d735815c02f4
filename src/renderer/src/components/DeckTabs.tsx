import { useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { deckNameProblem } from '../lib/field-problems';
import { useStore } from '../store';
import { selectDecks } from '../store/selectors';
import { refocus } from './focus';
import { fitTabs } from './header/fit-tabs';
import { Icon } from './header/icons';
import { Menu } from './header/Menu';
import { DeckUnread } from './DeckUnread';
import { DeckInboxCount } from './inbox/DeckInboxCount';
import { NameForm } from './NameForm';
import { DeckTabDrag, useDeckTabDrag } from './header/DeckTabDrag';

export const deckTabId = (deckId: string) => `deck-tab-${deckId}`;
export const deckPanelId = (deckId: string) => `deck-panel-${deckId}`;

const TAB_GAP_PX = 2;
/** Room kept for the "More decks" button whenever some tab is hidden. */
const MORE_BUTTON_PX = 44;

/**
 * The decks as a WAI-ARIA tablist: arrows, Home and End move between tabs and open them;
 * Alt+Shift+arrows move the focused deck. The header keeps one row at any width: tabs that do
 * not fit leave the row (the open deck's tab never does) and are listed under "More decks".
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
  const [shown, setShown] = useState<boolean[] | null>(null);
  const rowRef = useRef<HTMLDivElement>(null);
  // Natural widths of the tabs, kept while a tab is out of the row (it has no width there).
  const widths = useRef(new Map<string, number>());
  const dragging = useRef(false);

  useLayoutEffect(() => {
    const row = rowRef.current;
    if (!row) return;
    const measure = () => {
      for (const el of row.querySelectorAll<HTMLElement>('[role="tab"]')) {
        if (!el.hidden) widths.current.set(el.dataset.deckId ?? '', el.offsetWidth);
      }
      const list = tabs.map((t) => widths.current.get(t.id) ?? 8 * t.name.length + 30);
      const activeIndex = tabs.findIndex((t) => t.active);
      // The room is the nav's, less what else it holds (the "More decks" button is counted
      // apart, as it comes and goes with what fits).
      const nav = row.parentElement;
      if (!nav) return;
      const gap = parseFloat(getComputedStyle(nav).columnGap) || 0;
      let room = nav.clientWidth;
      for (const child of nav.children) {
        if (child !== row && !(child as HTMLElement).dataset.moreDecks)
          room -= (child as HTMLElement).offsetWidth + gap;
      }
      let fit = fitTabs(list, activeIndex, room, TAB_GAP_PX);
      if (fit.includes(false)) fit = fitTabs(list, activeIndex, room - MORE_BUTTON_PX, TAB_GAP_PX);
      setShown((before) =>
        before && before.length === fit.length && before.every((b, i) => b === fit[i])
          ? before
          : fit,
      );
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(row);
    return () => observer.disconnect();
  }, [tabs]);

  const isShown = (index: number) => shown?.[index] ?? true;
  const hidden = tabs.filter((_, i) => !isShown(i));

  const open = (deckId: string) =>
    void activateDeck(deckId).then((ok) => ok && refocus(deckTabId(deckId)));

  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>, index: number) => {
    // While a tab is picked up, the arrows move it (dnd-kit's keyboard sensor), not the focus.
    if (dragging.current) return;
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
    // A tab out of the row comes into it once its deck is open; focus follows it there.
    if (isShown(target)) document.getElementById(deckTabId(next.id))?.focus();
    open(next.id);
  };

  return (
    <nav className="deck-tabs" aria-label="Decks">
      <div ref={rowRef} role="tablist" aria-label="Decks" className="tablist">
        <DeckTabDrag
          decks={tabs}
          onDragging={(d) => (dragging.current = d)}
          onMove={(deckId, to) =>
            void moveDeck(deckId, to).then((ok) => ok && refocus(deckTabId(deckId)))
          }
        >
          {tabs.map((tab, index) => (
            <DeckTab
              key={tab.id}
              tab={tab}
              index={index}
              shown={isShown(index)}
              onOpen={() => void activateDeck(tab.id)}
              onKeyDown={(e) => onKeyDown(e, index)}
            />
          ))}
        </DeckTabDrag>
      </div>
      {hidden.length > 0 && (
        <Menu
          data-more-decks
          label={`More decks (${hidden.length})`}
          buttonContent={
            <>
              +{hidden.length}
              <Icon name="more" />
            </>
          }
          items={hidden.map((d) => ({ label: d.name, onSelect: () => open(d.id) }))}
        />
      )}
      <div className="header-popover-anchor">
        <button
          type="button"
          className="icon-button header-icon"
          aria-label="New deck"
          title="New deck"
          aria-expanded={creating}
          onClick={() => setCreating(!creating)}
        >
          <Icon name="plus" />
        </button>
        {creating && (
          <div className="header-popover">
            <NameForm
              label="New deck name"
              submitLabel="Create deck"
              initial=""
              validate={deckNameProblem}
              onSubmit={async (name) => {
                if (await createDeck(name)) setCreating(false);
              }}
              onCancel={() => setCreating(false)}
            />
          </div>
        )}
      </div>
    </nav>
  );
}

/** One deck's tab: a WAI-ARIA tab that can also be dragged to move the deck. */
function DeckTab({
  tab,
  index,
  shown,
  onOpen,
  onKeyDown,
}: {
  tab: { id: string; name: string; active: boolean };
  index: number;
  shown: boolean;
  onOpen(): void;
  onKeyDown(e: KeyboardEvent<HTMLButtonElement>): void;
}) {
  const {
    setNode,
    style,
    describedBy,
    onPointerDown,
    onKeyDown: keyDown,
  } = useDeckTabDrag(tab.id, onKeyDown);
  return (
    <button
      ref={setNode}
      style={style}
      id={deckTabId(tab.id)}
      data-deck-id={tab.id}
      role="tab"
      type="button"
      hidden={!shown}
      aria-selected={tab.active}
      aria-controls={deckPanelId(tab.id)}
      aria-roledescription="deck tab, draggable"
      aria-describedby={describedBy}
      tabIndex={tab.active ? 0 : -1}
      className="tab"
      title={index < 9 ? `${tab.name} (Ctrl+${index + 1})` : tab.name}
      onClick={onOpen}
      onPointerDown={onPointerDown}
      onKeyDown={keyDown}
    >
      {tab.name}
      <DeckInboxCount deckId={tab.id} />
      <DeckUnread deckId={tab.id} name={tab.name} />
    </button>
  );
}
