import { useEffect } from 'react';
import { stepPost } from '../lib/post-nav';
import { shortcutFor, type Shortcut } from '../lib/shortcuts';
import { useStore } from '../store';
import * as commands from '../store/post-commands';
import { selectActiveDeck, selectColumnPostIds } from '../store/selectors';
import { selectShownLocked } from '../store/timebox-selectors';
import { columnDomId } from './column/ColumnView';

/** The focused column if it is on the open deck, else the deck's first column. */
function currentColumnId(): string | null {
  const s = useStore.getState();
  const columns = selectActiveDeck(s)?.columns ?? [];
  const focused = columns.find((c) => c.id === s.focusedColumnId);
  return (focused ?? columns[0])?.id ?? null;
}

function run(shortcut: Shortcut): boolean {
  const s = useStore.getState();
  const columnId = currentColumnId();
  const postId = columnId !== null && s.focusedColumnId === columnId ? s.focusedPostId : null;
  switch (shortcut.kind) {
    case 'deck': {
      const deck = s.layout?.decks[shortcut.index];
      if (!deck) return false;
      void s.activateDeck(deck.id);
      return true;
    }
    case 'column': {
      const column = selectActiveDeck(s)?.columns[shortcut.index];
      if (!column) return false;
      s.setFocus(column.id, null);
      document.getElementById(columnDomId(column.id))?.focus();
      return true;
    }
    case 'next-post':
    case 'previous-post': {
      if (columnId === null) return false;
      const ids = selectColumnPostIds(columnId)(s);
      const next = stepPost(ids, postId, shortcut.kind === 'next-post' ? 1 : -1);
      if (next === null) return false;
      s.setFocus(columnId, next, true);
      return true;
    }
    case 'compose':
      s.openComposer({ columnId });
      return true;
    case 'reply':
      if (postId === null) return false;
      commands.replyTo(columnId, postId);
      return true;
    case 'repost':
      if (postId === null) return false;
      commands.repost(columnId, postId);
      return true;
    case 'open':
      if (postId === null) return false;
      commands.openOnX(postId);
      return true;
    case 'help':
      s.setHelpOpen(!s.helpOpen);
      return true;
  }
}

/**
 * The deck's keyboard: Ctrl+1..9 decks (anywhere), and outside text fields 1..9 columns, j/k
 * posts, n new post, r reply, t repost, o open on X, ? the list. Quiet while a dialog is open,
 * except "?" which closes its own; on a locked deck only decks and "?" answer.
 */
export function useShortcuts() {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      const target = e.target instanceof HTMLElement ? e.target : null;
      const shortcut = shortcutFor({
        key: e.key,
        ctrlKey: e.ctrlKey,
        altKey: e.altKey,
        metaKey: e.metaKey,
        shiftKey: e.shiftKey,
        target: target && {
          tagName: target.tagName,
          isContentEditable: target.isContentEditable,
          type: target instanceof HTMLInputElement ? target.type : undefined,
        },
      });
      if (!shortcut) return;
      const s = useStore.getState();
      const dialogOpen =
        s.composerOpen || s.pendingRepost || s.startSessionOpen || s.sessionSummary !== null;
      if (dialogOpen || (s.helpOpen && shortcut.kind !== 'help')) return;
      // A locked deck has no columns or posts to act on, and nothing is posted from it.
      if (selectShownLocked(s) && shortcut.kind !== 'deck' && shortcut.kind !== 'help') return;
      if (run(shortcut)) e.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
