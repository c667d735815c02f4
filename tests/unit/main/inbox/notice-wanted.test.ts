import { describe, expect, it } from 'vitest';
import { wantsInboxNotice } from '../../../../src/main/inbox/notice-wanted';
import type { Column, DecksState } from '../../../../src/shared/decks/schema';
import { NO_FILTERS } from '../../../../src/shared/search/column-filters';

const column = (o: Partial<Column>): Column => ({
  id: 'c',
  type: 'inbox',
  title: 'Support',
  width: 'medium',
  accountId: null,
  intervalMs: 120_000,
  notify: true,
  filters: NO_FILTERS,
  ...o,
});
const decks = (...columns: Column[]): DecksState => ({
  decks: [{ id: 'd', name: 'Support', columns }],
  activeDeckId: 'd',
});
const accounts = [
  { id: 'shop', role: 'Brand' },
  { id: 'help', role: 'Support' },
  { id: 'me', role: 'Personal' },
];

describe('whether the inbox notifies about a brand account', () => {
  it('follows Inbox columns set to notify, for their own brand account or all of them', () => {
    expect(wantsInboxNotice(decks(column({})), accounts, 'shop')).toBe(true);
    expect(wantsInboxNotice(decks(column({ accountId: 'help' })), accounts, 'shop')).toBe(false);
    expect(wantsInboxNotice(decks(column({ accountId: 'help' })), accounts, 'help')).toBe(true);
    // A column reading as a personal account shows every brand's conversations.
    expect(wantsInboxNotice(decks(column({ accountId: 'me' })), accounts, 'shop')).toBe(true);
  });
  it('is silent without an Inbox column set to notify', () => {
    expect(wantsInboxNotice(decks(column({ notify: false })), accounts, 'shop')).toBe(false);
    expect(wantsInboxNotice(decks(column({ type: 'mentions' })), accounts, 'shop')).toBe(false);
    expect(wantsInboxNotice(decks(), accounts, 'shop')).toBe(false);
  });
});
