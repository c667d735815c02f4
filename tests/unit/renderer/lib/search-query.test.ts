import { describe, expect, it } from 'vitest';
import { effectiveSearchQuery, queryFit } from '../../../../src/renderer/src/lib/search-query';

describe('effectiveSearchQuery', () => {
  it('adds the filters as operators after the query', () => {
    expect(
      effectiveSearchQuery('acme', {
        hideReplies: true,
        lang: 'de',
        mutedWords: ['free stuff'],
        mutedAccounts: ['bot'],
      }),
    ).toBe('acme -is:reply lang:de -"free stuff" -from:bot');
  });

  it('does not repeat an operator the query already has', () => {
    expect(effectiveSearchQuery('(acme OR akme) -is:retweet', { hideReposts: true })).toBe(
      '(acme OR akme) -is:retweet',
    );
  });

  it('is the query alone without filters, and empty for nothing', () => {
    expect(effectiveSearchQuery('  acme  ', {})).toBe('acme');
    expect(effectiveSearchQuery('', {})).toBe('');
  });
});

describe('queryFit', () => {
  it('measures against X’s 512 characters, filters included', () => {
    const q = 'a'.repeat(500);
    expect(queryFit(q, {})).toMatchObject({ length: 500, limit: 512, fits: true });
    expect(queryFit(q, { hideReplies: true, hideReposts: true })).toMatchObject({
      length: 500 + ' -is:retweet -is:reply'.length,
      fits: false,
    });
  });
});
