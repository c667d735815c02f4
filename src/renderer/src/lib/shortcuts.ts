export type Shortcut =
  | { kind: 'deck'; index: number }
  | { kind: 'column'; index: number }
  | { kind: 'next-post' }
  | { kind: 'previous-post' }
  | { kind: 'compose' }
  | { kind: 'reply' }
  | { kind: 'repost' }
  | { kind: 'open' }
  | { kind: 'help' };

/** What the key handler needs of a KeyboardEvent, so the mapping can be tested without a DOM. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  /** The focused element: shortcuts stay quiet while the user types into it. */
  target: TypingTarget | null;
}

export interface TypingTarget {
  tagName?: string;
  isContentEditable?: boolean;
  /** An <input>'s type: a checkbox or a button takes no text. */
  type?: string;
}

const NON_TEXT_INPUTS = new Set([
  'checkbox',
  'radio',
  'button',
  'submit',
  'reset',
  'range',
  'color',
  'file',
  'image',
]);

/** Whether keys pressed in `target` are the user's typing (text fields, selects, editors). */
export function isTypingTarget(target: TypingTarget | null): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName?.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') return !NON_TEXT_INPUTS.has((target.type ?? 'text').toLowerCase());
  return false;
}

const digit = (key: string): number | null => (/^[1-9]$/.test(key) ? Number(key) - 1 : null);

const SINGLE_KEYS: Readonly<Record<string, Shortcut>> = {
  j: { kind: 'next-post' },
  k: { kind: 'previous-post' },
  n: { kind: 'compose' },
  r: { kind: 'reply' },
  t: { kind: 'repost' },
  o: { kind: 'open' },
};

/**
 * The shortcut a key press means, or null. Ctrl+1..9 (deck) works anywhere, since no text
 * field uses it; the single keys only outside text fields and without modifiers. "?" is
 * Shift+/ on many layouts, so Shift is allowed for it.
 */
export function shortcutFor(press: KeyPress): Shortcut | null {
  const { key, ctrlKey, altKey, metaKey, shiftKey } = press;
  if (ctrlKey && !altKey && !metaKey && !shiftKey) {
    const index = digit(key);
    return index === null ? null : { kind: 'deck', index };
  }
  if (ctrlKey || altKey || metaKey || isTypingTarget(press.target)) return null;
  if (key === '?') return { kind: 'help' };
  if (shiftKey) return null;
  const index = digit(key);
  if (index !== null) return { kind: 'column', index };
  return SINGLE_KEYS[key] ?? null;
}

/** The list the "?" dialog shows. */
export const SHORTCUT_HELP: ReadonlyArray<{ keys: string; does: string }> = [
  { keys: 'Ctrl+1 … Ctrl+9', does: 'Open deck 1 to 9' },
  { keys: '1 … 9', does: 'Go to column 1 to 9 of the deck' },
  { keys: 'j / k', does: 'Next / previous post in the column' },
  { keys: 'n', does: 'Write a new post' },
  { keys: 'r', does: 'Reply to the selected post' },
  { keys: 't', does: 'Repost the selected post' },
  { keys: 'o', does: 'Open the selected post on X' },
  {
    keys: 'e i s w o u r',
    does: 'In an Inbox column: done, done with "issue solved" logged, snooze, waiting, reopen, undo, reply (x selects several)',
  },
  { keys: 'Alt+Shift+← / →', does: 'Move the focused column or deck' },
  { keys: 'Escape', does: 'Close a dialog or a settings form' },
  { keys: '?', does: 'Show this list' },
];
