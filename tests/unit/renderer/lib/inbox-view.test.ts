import { describe, expect, it } from 'vitest';
import {
  columnAccountFilter,
  countsOf,
  pickedTime,
  shownConversations,
  waitWords,
} from '../../../../src/renderer/src/lib/inbox-view';
import type { ConversationView } from '../../../../src/shared/inbox/schema';

const MIN = 60_000;

function conv(key: string, o: Partial<ConversationView>): ConversationView {
  return {
    key,
    conversationId: key.split(':')[0]!,
    customerId: key.split(':')[1]!,
    customerUsername: 'someone',
    brandId: '1',
    via: 'mention',
    sourceColumnId: 'c',
    summoned: true,
    lastPostId: '9',
    lastPostText: 'hi',
    state: 'open',
    snoozedUntil: null,
    stateSince: 0,
    openedAt: 0,
    firstResponseAt: null,
    canUndo: false,
    history: [],
    cost: { postsRead: 0, dollars: 0, attentionMs: 0 },
    ...o,
  };
}

describe('what an Inbox column shows', () => {
  const all = [
    conv('1:1', { stateSince: 30 * MIN }),
    conv('2:1', { stateSince: 10 * MIN, brandId: '2' }),
    conv('3:1', { stateSince: 20 * MIN }),
    conv('4:1', { state: 'snoozed', stateSince: 1, snoozedUntil: 90 * MIN }),
    conv('5:1', { state: 'snoozed', stateSince: 2, snoozedUntil: 60 * MIN }),
    conv('6:1', { state: 'done', stateSince: 5 }),
    conv('7:1', { state: 'done', stateSince: 50 }),
  ];

  it('puts the longest wait first, the soonest wake-up first, the latest done first', () => {
    expect(shownConversations(all, 'open', 'all').map((c) => c.key)).toEqual(['2:1', '3:1', '1:1']);
    expect(shownConversations(all, 'snoozed', 'all').map((c) => c.key)).toEqual(['5:1', '4:1']);
    expect(shownConversations(all, 'done', 'all').map((c) => c.key)).toEqual(['7:1', '6:1']);
  });

  it('filters and counts by brand account', () => {
    expect(shownConversations(all, 'open', '1').map((c) => c.key)).toEqual(['3:1', '1:1']);
    expect(countsOf(all, 'all')).toEqual({ open: 3, waiting: 0, snoozed: 2, done: 2 });
    expect(countsOf(all, '2')).toEqual({ open: 1, waiting: 0, snoozed: 0, done: 0 });
  });

  it('starts a column on its own account only when that is a brand account', () => {
    expect(columnAccountFilter('1', ['1', '2'])).toBe('1');
    expect(columnAccountFilter('9', ['1', '2'])).toBe('all');
    expect(columnAccountFilter(null, ['1'])).toBe('all');
  });
});

describe('waits in words', () => {
  it.each([
    [0, 'just now'],
    [59_999, 'just now'],
    [38 * MIN, '38 min'],
    [60 * MIN, '1 h'],
    [125 * MIN, '2 h 5 min'],
    [24 * 60 * MIN, '1 day'],
    [3 * 24 * 60 * MIN + 5, '3 days'],
    [-5 * MIN, 'just now'],
  ])('%i ms is "%s"', (ms, words) => expect(waitWords(ms)).toBe(words));
});

describe('a picked snooze time', () => {
  const now = new Date('2026-11-30T10:00').getTime();
  it('is taken when it is in the future, within a year', () => {
    expect(pickedTime('2026-11-30T13:15', now)).toEqual({
      until: new Date('2026-11-30T13:15').getTime(),
    });
  });
  it.each([
    ['', 'Pick a day and a time'],
    ['tomorrow', 'Pick a day and a time'],
    ['2026-11-30T09:00', 'Pick a time in the future'],
    ['2028-01-01T09:00', 'Pick a time within a year'],
  ])('refuses "%s" in words', (value, problem) =>
    expect(pickedTime(value, now)).toEqual({ problem }),
  );
});
