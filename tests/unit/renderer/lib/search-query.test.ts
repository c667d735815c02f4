import { describe, expect, it } from 'vitest';
import { queryFit } from '../../../../src/renderer/src/lib/search-query';
import type { ColumnFilters } from '../../../../src/shared/search/column-filters';

describe('queryFit: the query a search column sends, as its settings preview it', () => {
  it.each<{ name: string; query: string; filters: Partial<ColumnFilters>; sent: string }>([
    {
      name: 'adds the filters as operators after the query',
      query: 'acme',
      filters: {
        hideReplies: true,
        lang: 'de',
        mutedWords: ['free stuff'],
        mutedAccounts: ['bot'],
      },
      sent: 'acme -is:reply lang:de -"free stuff" -from:bot',
    },
    {
      name: 'does not repeat an operator the query already has',
      query: '(acme OR akme) -is:retweet',
      filters: { hideReposts: true },
      sent: '(acme OR akme) -is:retweet',
    },
    {
      name: 'groups a top-level OR, so that the filters apply to every alternative',
      query: 'acme OR akme',
      filters: { hideReposts: true },
      sent: '(acme OR akme) -is:retweet',
    },
    {
      name: 'leaves an OR alone when nothing is added',
      query: 'acme OR akme',
      filters: {},
      sent: 'acme OR akme',
    },
    { name: 'trims the query', query: '  acme  ', filters: {}, sent: 'acme' },
    { name: 'is empty for nothing', query: '', filters: {}, sent: '' },
  ])('$name', ({ query, filters, sent }) => {
    expect(queryFit(query, filters).query).toBe(sent);
  });

  it('measures against X’s 512 characters, filters included', () => {
    const q = 'a'.repeat(500);
    expect(queryFit(q, {})).toMatchObject({ length: 500, limit: 512, fits: true });
    expect(queryFit(q, { hideReplies: true, hideReposts: true })).toMatchObject({
      length: 500 + ' -is:retweet -is:reply'.length,
      fits: false,
    });
  });

  it('counts the parentheses that grouping an OR adds', () => {
    const q = `${'a'.repeat(250)} OR ${'b'.repeat(250)}`;
    expect(queryFit(q, {}).length).toBe(504);
    expect(queryFit(q, { hideReplies: true })).toMatchObject({
      length: 504 + 2 + ' -is:reply'.length,
      fits: false,
    });
  });
});
