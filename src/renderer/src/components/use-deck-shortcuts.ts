import { useEffect } from 'react';
import { useStore } from '../store';

/** Ctrl+1..9 switches to the nth deck, wherever the focus is. */
export function useDeckShortcuts() {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (!e.ctrlKey || e.altKey || e.metaKey || e.shiftKey) return;
      const n = Number(e.key);
      if (!Number.isInteger(n) || n < 1 || n > 9) return;
      const deck = useStore.getState().layout?.decks[n - 1];
      if (!deck) return;
      e.preventDefault();
      void useStore.getState().activateDeck(deck.id);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
