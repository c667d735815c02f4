import { describe, expect, it } from 'vitest';
import {
  isSummoned,
  replyRoute,
  type SummonContext,
} from '../../../../src/shared/accounts/summoned';
import { capabilitiesFor } from '../../../../src/shared/accounts/schema';
import type { Post } from '../../../../src/shared/x/types';
import { post, user } from '../../renderer/fixtures';

const brand = { id: '900', username: 'AcmeHQ' };

const mention = (username: string, id?: string) =>
  ({ start: 0, end: username.length + 1, username, ...(id ? { id } : {}) }) as const;

const withMentions = (...mentions: ReturnType<typeof mention>[]): Post =>
  post('50', { entities: { mentions: [...mentions], hashtags: [], cashtags: [], urls: [] } });

const quoting = (quotedId: string) =>
  post('50', { referenced: [{ type: 'quoted', id: quotedId }] });

const context: SummonContext = {
  postsById: {
    '7': post('7', { authorId: '900' }), // by the brand
    '8': post('8', { authorId: '901' }), // by someone whose username matches the brand's
    '9': post('9', { authorId: '555' }), // by someone else
  },
  usersById: { '901': user('901', 'acmehq'), '555': user('555', 'other') },
};

describe('isSummoned', () => {
  it.each([
    ['a mention of the username', withMentions(mention('AcmeHQ')), true],
    ['a mention in another case', withMentions(mention('acmehq')), true],
    ['a mention carrying the account id', withMentions(mention('renamed', '900')), true],
    ['a mention among others', withMentions(mention('someone'), mention('AcmeHQ')), true],
    ['a mention of someone else', withMentions(mention('AcmeHQx')), false],
    ['no mention at all', post('50'), false],
    ['a quote of the account’s post', quoting('7'), true],
    ['a quote of a post whose author has the account’s username', quoting('8'), true],
    ['a quote of someone else’s post', quoting('9'), false],
    ['a quote of a post Timedeck never received', quoting('404'), false],
    [
      'a reply to the account’s post without a mention',
      post('50', { referenced: [{ type: 'replied_to', id: '7' }], inReplyToUserId: '900' }),
      false,
    ],
    [
      'a repost of the account’s post',
      post('50', { referenced: [{ type: 'retweeted', id: '7' }] }),
      false,
    ],
  ])('%s → %s', (_what, p, expected) => {
    expect(isSummoned(p, brand, context)).toBe(expected);
  });
});

describe('replyRoute', () => {
  const selfServe = { ...brand, capabilities: capabilitiesFor('self-serve') };
  const enterprise = { ...brand, capabilities: capabilitiesFor('enterprise') };

  it('replies through the API when the author summoned the account', () => {
    expect(replyRoute(withMentions(mention('AcmeHQ')), selfServe, context)).toBe('api');
  });

  it('sends an unsummoned reply to X’s web intent on self-serve access', () => {
    expect(replyRoute(post('50'), selfServe, context)).toBe('intent');
  });

  it('replies through the API to anyone where the tier allows it', () => {
    expect(replyRoute(post('50'), enterprise, context)).toBe('api');
  });
});
