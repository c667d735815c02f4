import { describe, expect, it } from 'vitest';
import {
  conversationKeyId,
  intakeOf,
  type IntakeSource,
} from '../../../../src/shared/inbox/intake';
import type { Post } from '../../../../src/shared/x/types';

const BRAND = { id: '100', username: 'quillory' };
const OWNER = '200';
const own = new Set([BRAND.id, OWNER]);
const mentionsColumn: IntakeSource = {
  columnId: 'c-m',
  supportSearch: false,
  accountXId: BRAND.id,
};
const supportSearch: IntakeSource = { columnId: 'c-s', supportSearch: true, accountXId: BRAND.id };
const plainSearch: IntakeSource = { columnId: 'c-p', supportSearch: false, accountXId: BRAND.id };
const personalSearch: IntakeSource = { columnId: 'c-o', supportSearch: true, accountXId: OWNER };

const post = (p: Partial<Post>): Post => ({
  id: '900',
  text: '',
  createdAt: '2026-11-30T09:00:00.000Z',
  authorId: '300',
  conversationId: '900',
  referenced: [],
  entities: { mentions: [], hashtags: [], cashtags: [], urls: [] },
  mediaKeys: [],
  ...p,
});
const mention = (username: string, id?: string) => ({
  start: 0,
  end: username.length + 1,
  username,
  ...(id ? { id } : {}),
});

describe('intakeOf', () => {
  it('a customer mentioning the brand opens a conversation the API may answer', () => {
    expect(
      intakeOf(
        post({
          entities: { mentions: [mention('Quillory')], hashtags: [], cashtags: [], urls: [] },
        }),
        mentionsColumn,
        [BRAND],
        own,
      ),
    ).toEqual({
      kind: 'customer',
      key: { conversationId: '900', customerId: '300' },
      brandId: '100',
      via: 'mention',
      summoned: true,
    });
  });

  it('a misspelt search hit without a mention opens one that needs X’s reply intent', () => {
    expect(
      intakeOf(post({ text: 'Quillery ships slowly' }), supportSearch, [BRAND], own),
    ).toMatchObject({
      kind: 'customer',
      via: 'search',
      summoned: false,
    });
  });

  it('a reply in a thread without the handle is still the brand’s case, through X', () => {
    expect(
      intakeOf(
        post({ inReplyToUserId: BRAND.id, conversationId: '800' }),
        plainSearch,
        [BRAND],
        own,
      ),
    ).toMatchObject({ kind: 'customer', key: { conversationId: '800' }, summoned: false });
  });

  it('the brand’s reply to a customer answers that customer’s conversation', () => {
    expect(
      intakeOf(
        post({ authorId: BRAND.id, inReplyToUserId: '300', conversationId: '800' }),
        mentionsColumn,
        [BRAND],
        own,
      ),
    ).toEqual({
      kind: 'answer',
      key: { conversationId: '800', customerId: '300' },
      brandId: '100',
    });
  });

  it.each<[string, Post, IntakeSource]>([
    ['a plain search hit', post({ text: 'ink' }), plainSearch],
    ['a support search of the personal account', post({ text: 'Quillory' }), personalSearch],
    [
      'a repost',
      post({
        referenced: [{ type: 'retweeted', id: '1' }],
        entities: { mentions: [mention('quillory')], hashtags: [], cashtags: [], urls: [] },
      }),
      mentionsColumn,
    ],
    ['the owner’s own post', post({ authorId: OWNER }), supportSearch],
    [
      'the brand replying to the owner',
      post({ authorId: BRAND.id, inReplyToUserId: OWNER }),
      mentionsColumn,
    ],
    [
      'the personal account replying to someone',
      post({ authorId: OWNER, inReplyToUserId: '300' }),
      mentionsColumn,
    ],
    ['a brand post that is no reply', post({ authorId: BRAND.id }), mentionsColumn],
  ])('ignores %s', (_, p, source) => expect(intakeOf(p, source, [BRAND], own)).toBeNull());

  it('keys a conversation by X’s conversation and the customer', () => {
    expect(conversationKeyId({ conversationId: '800', customerId: '300' })).toBe('800:300');
    expect(
      intakeOf(post({ conversationId: undefined, id: '901' }), supportSearch, [BRAND], own),
    ).toMatchObject({
      key: { conversationId: '901', customerId: '300' },
    });
  });
});
