import { describe, expect, it } from 'vitest';
import {
  badgeText,
  titleWithUnread,
  unreadCount,
  unreadOf,
} from '../../../../src/renderer/src/lib/unread';

describe('unread counts', () => {
  const ids = ['130', '120', '110', '100'];

  it('counts the posts newer than the read marker', () => {
    expect(unreadCount(ids, '110')).toBe(2);
    expect(unreadCount(ids, '130')).toBe(0);
    // The marker post itself may be gone: what is newer than it still counts.
    expect(unreadCount(ids, '115')).toBe(2);
    expect(unreadCount(ids, '99')).toBe(4);
  });

  it('counts nothing for a column never read, or empty', () => {
    expect(unreadCount(ids, undefined)).toBe(0);
    expect(unreadCount([], '100')).toBe(0);
  });

  it('compares ids as 64-bit snowflakes, not as numbers', () => {
    expect(unreadCount(['1800000000000000002', '1800000000000000001'], '1800000000000000001')).toBe(
      1,
    );
  });

  it('adds up a deck’s columns', () => {
    const posts = { a: ids, b: ['50', '40'], c: ['9'] };
    expect(unreadOf(['a', 'b', 'c'], posts, { a: '110', b: '40' })).toBe(3);
  });

  it('writes badges and the window title', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(7)).toBe('7');
    expect(badgeText(120)).toBe('99+');
    expect(titleWithUnread('Timedeck', 0)).toBe('Timedeck');
    expect(titleWithUnread('Timedeck', 3)).toBe('(3) Timedeck');
  });
});
