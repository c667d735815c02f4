import type { ConversationState } from '../../../shared/inbox/conversation-state';
import type { ConversationView, InboxCounts } from '../../../shared/inbox/schema';

/** Dollars as the inbox shows them: to the tenth of a cent, where X's prices live. */
export const dollarWords = (dollars: number) => `$${dollars.toFixed(3)}`;

/** Minutes on screen, rounded to the nearest; "under a minute" rather than a bare zero. */
export function attentionWords(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes === 0) return ms > 0 ? 'under 1 min' : '0 min';
  return `${minutes} min`;
}

/** A conversation's cost at a glance: "12 posts read · $0.075 · 6 min". */
export function costWords(cost: ConversationView['cost']): string {
  const posts = `${cost.postsRead} post${cost.postsRead === 1 ? '' : 's'} read`;
  return `${posts} · ${dollarWords(cost.dollars)} · ${attentionWords(cost.attentionMs)}`;
}

/** Which brand account's conversations a column shows: one, or every brand account's. */
export type AccountFilter = 'all' | string;

export const STATE_LABELS: Record<ConversationState, string> = {
  open: 'Open',
  waiting: 'Waiting',
  snoozed: 'Snoozed',
  done: 'Done',
};

/**
 * The conversations a filter shows, in the order the owner works them: open ones oldest wait
 * first, snoozed ones by when they wake, waiting and done ones latest change first.
 */
export function shownConversations(
  all: readonly ConversationView[],
  state: ConversationState,
  account: AccountFilter,
): ConversationView[] {
  const shown = all.filter(
    (c) => c.state === state && (account === 'all' || c.brandId === account),
  );
  const key = (c: ConversationView) =>
    state === 'open'
      ? c.stateSince
      : state === 'snoozed'
        ? (c.snoozedUntil ?? c.stateSince)
        : -c.stateSince;
  return shown.sort((a, b) => key(a) - key(b) || a.key.localeCompare(b.key));
}

export function countsOf(all: readonly ConversationView[], account: AccountFilter): InboxCounts {
  const out: InboxCounts = { open: 0, waiting: 0, snoozed: 0, done: 0 };
  for (const c of all) if (account === 'all' || c.brandId === account) out[c.state] += 1;
  return out;
}

/** A wait in the words a busy owner reads at a glance: "just now", "38 min", "2 h 5 min", "3 days". */
export function waitWords(ms: number): string {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
  const days = Math.floor(hours / 24);
  return `${days} day${days === 1 ? '' : 's'}`;
}

/** The triage keys of an Inbox column (the ? list names them too). */
export type TriageKey = 'done' | 'solved' | 'snooze' | 'waiting' | 'reopen' | 'undo' | 'reply';
export const TRIAGE_KEYS: Record<string, TriageKey> = {
  e: 'done',
  // Done, and "issue solved" logged as an outcome of the conversation (What it brought).
  i: 'solved',
  s: 'snooze',
  w: 'waiting',
  o: 'reopen',
  u: 'undo',
  r: 'reply',
};

/** "2026-11-30T14:30" in the page's zone, for a datetime-local field; and back. */
export function localInputValue(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The instant a datetime-local value names, or a problem to show beside the field. */
export function pickedTime(value: string, now: number): { until: number } | { problem: string } {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return { problem: 'Pick a day and a time' };
  const until = new Date(value).getTime();
  if (!Number.isFinite(until)) return { problem: 'Pick a day and a time' };
  if (until <= now) return { problem: 'Pick a time in the future' };
  if (until - now > 366 * 24 * 3_600_000) return { problem: 'Pick a time within a year' };
  return { until };
}

/**
 * The brand account an Inbox column starts filtered to: its own account when that is a brand
 * account, else every brand account's conversations.
 */
export function columnAccountFilter(
  columnAccountId: string | null,
  brandIds: readonly string[],
): AccountFilter {
  return columnAccountId !== null && brandIds.includes(columnAccountId) ? columnAccountId : 'all';
}
