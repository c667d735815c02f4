import { describe, expect, it } from 'vitest';
import { mentionedAccounts, withoutMentions } from '../../../../src/shared/search/mention-route';
import {
  buildQuery,
  type SupportSearchInput,
  SupportSearchSchema,
} from '../../../../src/shared/search/support-query';

describe('search terms the Mentions timeline already reads', () => {
  it('finds @handle terms of the accounts, whatever their case, not negated or quoted ones', () => {
    const accounts = ['quillory', 'maren_aldous'];
    expect(mentionedAccounts('(@Quillory OR quillory) -is:retweet', accounts)).toEqual([
      'quillory',
    ]);
    expect(mentionedAccounts('quillory -@quillory', accounts)).toEqual([]);
    expect(mentionedAccounts('"thanks @quillory" OR ink', accounts)).toEqual([]);
    expect(mentionedAccounts('@quillory_fan', accounts)).toEqual([]);
    expect(mentionedAccounts('@maren_aldous OR @quillory', accounts)).toEqual(accounts);
  });

  it.each([
    [
      '(@quillory OR quillory OR "quillory co") -is:retweet',
      '(quillory OR "quillory co") -is:retweet',
    ],
    ['@quillory OR quillory', 'quillory'],
    ['quillory OR @Quillory', 'quillory'],
    ['(quillory OR @quillory) lang:en', 'quillory lang:en'],
    ['ink (@quillory OR nib OR pen)', 'ink (nib OR pen)'],
  ])('takes them out of %j', (query, expected) => {
    expect(withoutMentions(query, ['quillory'])).toBe(expected);
  });
});

describe('the support-query builder', () => {
  const spec = (extra: Partial<SupportSearchInput> = {}) =>
    SupportSearchSchema.parse({
      brandNames: ['Quillory', '@quillory'],
      products: ['Sepia Tide'],
      ...extra,
    });

  it('asks for @brand while no Mentions column of the brand is in the deck', () => {
    expect(buildQuery(spec()).query).toBe('(Quillory OR @quillory OR "Sepia Tide") -is:retweet');
  });

  it('leaves @brand out when the brand’s Mentions column is in the deck', () => {
    expect(buildQuery(spec({ leaveOutMentionsOf: ['Quillory'] })).query).toBe(
      '(Quillory OR "Sepia Tide") -is:retweet',
    );
  });
});
