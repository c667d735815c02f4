import type { ColumnStatus } from '../../../shared/columns/content';
import { relativeTimeWords } from './relative-time';
import { formatWait } from '../../../shared/time/wait-words';

export type StatusTone = 'muted' | 'ok' | 'warning' | 'error';

/** What a column's header says about it, and the way out it offers. */
export interface StatusWords {
  /** What the header shows, countdowns included. */
  text: string;
  /** The same without what changes every second, for a live region to announce once. */
  announce: string;
  /** X's own words, shown under ours (a refused query). */
  detail?: string;
  tone: StatusTone;
  /** 'sign-in' offers "Sign in again", 'settings' opens the column's settings. */
  action?: 'sign-in' | 'settings';
  /** True while the column is fetching. */
  busy?: boolean;
}

const same = (words: Omit<StatusWords, 'announce'>): StatusWords => ({
  ...words,
  announce: words.text,
});

/**
 * The status main sent, in plain words, at `now`. Waits count down to `until`; `clockTime`
 * writes an instant as the user's clock shows it ("14:05").
 */
export function describeColumnStatus(
  status: ColumnStatus | undefined,
  now: number,
  clockTime: (ms: number) => string,
): StatusWords {
  if (!status) return same({ text: 'Waiting for its first refresh', tone: 'muted' });
  const until = status.until;
  switch (status.state) {
    case 'idle':
      return same({ text: 'Waiting for its first refresh', tone: 'muted' });
    case 'loading':
      return same({ text: 'Loading…', tone: 'muted', busy: true });
    case 'ok':
      // An Archive column says where its posts come from ("From your archive: 1,240 posts, no cost").
      if (status.message) return same({ text: status.message, tone: 'ok' });
      return {
        text:
          status.lastUpdatedAt === undefined
            ? 'Up to date'
            : `Updated ${relativeTimeWords(status.lastUpdatedAt, now)}`,
        announce: 'Up to date',
        tone: 'ok',
      };
    case 'needs-setup':
      return same({
        text: status.message ?? 'This column is not set up yet: open its settings.',
        tone: 'warning',
        action: 'settings',
      });
    case 'needs-account':
      return same({
        text: 'Choose the account this column reads as, in its settings.',
        tone: 'warning',
        action: 'settings',
      });
    case 'needs-sign-in':
      return same({
        text: status.message ?? 'Its account was signed out by X: sign in again to resume.',
        tone: 'error',
        action: 'sign-in',
      });
    case 'rate-limited': {
      if (until === undefined) {
        return same({ text: 'Rate limited by X; resuming when X allows', tone: 'warning' });
      }
      const announce = `Rate limited until ${clockTime(until)}`;
      return {
        text:
          until <= now
            ? 'Rate limited; resuming now'
            : `${announce} (in ${formatWait(until - now)})`,
        announce,
        tone: 'warning',
      };
    }
    case 'offline':
      return {
        text:
          until === undefined
            ? 'Offline, retrying soon'
            : until <= now
              ? 'Offline, retrying now'
              : `Offline, retrying in ${formatWait(until - now)}`,
        announce: 'Offline; Timedeck keeps retrying',
        tone: 'warning',
      };
    case 'invalid':
      return same({
        text: 'X refused this search; polling stopped until you edit the column.',
        ...(status.xMessage || status.message ? { detail: status.xMessage ?? status.message } : {}),
        tone: 'error',
        action: 'settings',
      });
    case 'spend-cap':
      return same({
        text: 'The monthly API spend cap is reached; polling stopped.',
        tone: 'warning',
      });
    case 'locked':
      return same({ text: 'Locked by your time box; no polling until it opens.', tone: 'muted' });
    case 'error':
      return same({ text: status.message ?? 'X refused this column’s request.', tone: 'error' });
  }
}

/** "14:05": an instant on the user's clock, 24-hour. */
export const clockTime = (ms: number, timeZone?: string): string =>
  new Intl.DateTimeFormat('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    ...(timeZone ? { timeZone } : {}),
  }).format(ms);
