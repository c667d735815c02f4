import { describe, expect, it } from 'vitest';
import {
  clockTime,
  describeColumnStatus,
} from '../../../../src/renderer/src/lib/column-status-words';
import type { ColumnStatus } from '../../../../src/shared/columns/content';

const now = Date.parse('2026-05-04T13:58:20Z');
const utcClock = (ms: number) => clockTime(ms, 'UTC');
const status = (s: Partial<ColumnStatus> & Pick<ColumnStatus, 'state'>): ColumnStatus => ({
  columnId: 'c',
  readsToday: 0,
  ...s,
});
const describe_ = (s: ColumnStatus | undefined) => describeColumnStatus(s, now, utcClock);

describe('describeColumnStatus', () => {
  it('counts a rate limit down to its reset, on the user’s clock', () => {
    const words = describe_(
      status({ state: 'rate-limited', until: Date.parse('2026-05-04T14:05:00Z') }),
    );
    expect(words.text).toBe('Rate limited until 14:05 (in 6 min 40 s)');
    expect(words.announce).toBe('Rate limited until 14:05');
    expect(words.tone).toBe('warning');
  });

  it('says when a spent 24-hour cap lets the column read again', () => {
    const words = describe_(
      status({ state: 'rate-limited', until: Date.parse('2026-05-05T09:30:00Z') }),
    );
    expect(words.text).toBe('X’s daily limit is reached: paused until 09:30 (in 19 h 31 min)');
    expect(words.announce).toBe('X’s daily limit is reached: paused until 09:30');
  });

  it('says an offline column retries, and when', () => {
    expect(describe_(status({ state: 'offline', until: now + 40_000 })).text).toBe(
      'Offline, retrying in 40 s',
    );
    expect(describe_(status({ state: 'offline', until: now - 1 })).text).toBe(
      'Offline, retrying now',
    );
    expect(describe_(status({ state: 'offline' })).text).toBe('Offline, retrying soon');
  });

  it('says "X is not answering" for a 5xx, and "Offline" only when X could not be reached', () => {
    const x5xx = describe_(
      status({ state: 'offline', errorKind: 'unavailable', until: now + 20_000 }),
    );
    expect(x5xx.text).toBe('X is not answering, retrying in 20 s');
    expect(x5xx.announce).not.toMatch(/offline/i);
    expect(
      describe_(status({ state: 'offline', errorKind: 'network', until: now + 20_000 })).text,
    ).toBe('Offline, retrying in 20 s');
  });

  it('shows X’s own words for a refused query, says polling stopped and offers the settings', () => {
    const words = describe_(
      status({ state: 'invalid', xMessage: 'There were errors processing your request: ...' }),
    );
    expect(words.text).toMatch(/polling stopped/);
    expect(words.detail).toBe('There were errors processing your request: ...');
    expect(words.action).toBe('settings');
    expect(words.tone).toBe('error');
  });

  it.each([
    ['needs-sign-in', 'sign-in'],
    ['needs-account', 'settings'],
    ['needs-setup', 'settings'],
    ['invalid', 'settings'],
    ['rate-limited', undefined],
    ['locked', undefined],
    ['ok', undefined],
  ] as const)('%s offers %s', (state, action) => {
    expect(describe_(status({ state })).action).toBe(action);
  });

  it('uses main’s message where it wrote one', () => {
    expect(describe_(status({ state: 'needs-setup', message: 'Add a username.' })).text).toBe(
      'Add a username.',
    );
    expect(describe_(status({ state: 'error', message: 'X said no.' })).text).toBe('X said no.');
  });

  it('says when an ok column last updated, without announcing the ticking part', () => {
    const words = describe_(status({ state: 'ok', lastUpdatedAt: now - 5 * 60_000 }));
    expect(words.text).toBe('Updated 5 minutes ago');
    expect(words.announce).toBe('Up to date');
  });

  it('is busy while loading and waiting before any status arrived', () => {
    expect(describe_(status({ state: 'loading' })).busy).toBe(true);
    expect(describe_(undefined).text).toBe('Waiting for its first refresh');
  });

  it('has words for every state main can send', () => {
    const states: ColumnStatus['state'][] = [
      'idle',
      'loading',
      'ok',
      'needs-setup',
      'needs-account',
      'needs-sign-in',
      'rate-limited',
      'offline',
      'invalid',
      'spend-cap',
      'locked',
      'error',
    ];
    for (const state of states) expect(describe_(status({ state })).text).not.toBe('');
  });
});
