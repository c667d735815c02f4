import { describe, expect, it } from 'vitest';
import { referencedAuthor } from '../../../../src/renderer/src/lib/referenced-author';
import { post, user } from '../fixtures';

const mention = (username: string, id?: string) => ({
  start: 0,
  end: 1,
  username,
  ...(id ? { id } : {}),
});
const link = (expandedUrl: string) => ({ start: 0, end: 1, url: 'https://t.co/x', expandedUrl });
const entities = (over: Partial<ReturnType<typeof post>['entities']>) => ({
  mentions: [],
  hashtags: [],
  cashtags: [],
  urls: [],
  ...over,
});

describe('referencedAuthor', () => {
  it.each([
    {
      name: 'a reply names the user it replies to, from the stored users',
      from: post('20', { inReplyToUserId: '7' }),
      kind: 'replied_to' as const,
      users: { '7': user('7', 'kate') },
      handle: 'kate',
    },
    {
      name: 'or from the mention that carries that user’s id',
      from: post('20', {
        inReplyToUserId: '7',
        entities: entities({ mentions: [mention('bob', '8'), mention('kate', '7')] }),
      }),
      kind: 'replied_to' as const,
      users: {},
      handle: 'kate',
    },
    {
      name: 'a reply that does not say whom it replies to names nobody',
      from: post('20', { entities: entities({ mentions: [mention('kate', '7')] }) }),
      kind: 'replied_to' as const,
      users: {},
      handle: undefined,
    },
    {
      name: 'a quote names the author from the link to the quoted post',
      from: post('20', {
        entities: entities({
          urls: [link('https://example.com/status/5'), link('https://x.com/ink_lab/status/5')],
        }),
      }),
      kind: 'quoted' as const,
      users: {},
      handle: 'ink_lab',
    },
    {
      name: 'twitter.com links count too',
      from: post('20', {
        entities: entities({ urls: [link('https://twitter.com/Ink_Lab/status/5')] }),
      }),
      kind: 'quoted' as const,
      users: {},
      handle: 'Ink_Lab',
    },
    {
      name: 'a link to another post names nobody',
      from: post('20', { entities: entities({ urls: [link('https://x.com/ink_lab/status/6')] }) }),
      kind: 'quoted' as const,
      users: {},
      handle: undefined,
    },
  ])('$name', ({ from, kind, users, handle }) => {
    expect(referencedAuthor(from, kind, '5', users)).toBe(handle);
  });
});
