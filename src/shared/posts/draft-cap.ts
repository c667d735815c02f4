/**
 * The most a draft holds. X takes 280 weighted characters in a post (25,000 for long posts on
 * paid plans), so more is never sendable; the cap keeps one paste from becoming a draft that
 * every autosave has to carry to main, and main's schema refuses anything longer.
 */
export const MAX_DRAFT_CHARS = 25_000;

/** The text as a draft keeps it: at most the cap, never ending in half a surrogate pair. */
export function capDraftText(text: string): string {
  if (text.length <= MAX_DRAFT_CHARS) return text;
  const cut = text.slice(0, MAX_DRAFT_CHARS);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

/** Whether the composer should say that the draft is at its cap (and anything past it was cut). */
export const draftAtCap = (text: string): boolean => text.length >= MAX_DRAFT_CHARS - 1;
