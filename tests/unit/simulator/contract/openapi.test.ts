import { describe, expect, it } from 'vitest';
import { ContractValidator, loadSpec } from './openapi';

/** The contract test is only as good as its validator: it must catch answers X would not give. */
const validator = new ContractValidator(loadSpec());
const answer = (
  specPath: string,
  status: number,
  body: unknown,
  contentType = 'application/json',
) => ({
  routeId: '',
  method: 'GET',
  specPath,
  status,
  contentType,
  body,
});

describe('ContractValidator', () => {
  it('accepts a well-formed answer', () => {
    expect(
      validator.validate(
        answer('/2/tweets/{id}', 200, {
          data: { id: '1', text: 'hi', edit_history_tweet_ids: ['1'] },
        }),
      ),
    ).toEqual([]);
  });

  it.each([
    ['a non-numeric id', answer('/2/tweets/{id}', 200, { data: { id: 'abc', text: 'hi' } })],
    [
      'an unknown reference type',
      answer('/2/tweets/{id}', 200, {
        data: { id: '1', referenced_tweets: [{ type: 'liked', id: '2' }] },
      }),
    ],
    ['a user without a username', answer('/2/users/me', 200, { data: { id: '1', name: 'x' } })],
    [
      'an empty data array',
      answer('/2/tweets/search/recent', 200, { data: [], meta: { result_count: 0 } }),
    ],
    [
      'a problem without a title',
      answer('/2/users/me', 401, { type: 'about:blank' }, 'application/problem+json'),
    ],
    [
      'a not-found problem without its resource fields',
      answer(
        '/2/users/me',
        404,
        { title: 'Not Found Error', type: 'https://api.twitter.com/2/problems/resource-not-found' },
        'application/problem+json',
      ),
    ],
    [
      'a partial error missing resource_id',
      answer('/2/tweets/{id}', 200, {
        errors: [
          {
            title: 'Not Found Error',
            type: 'https://api.twitter.com/2/problems/resource-not-found',
            parameter: 'id',
            value: '1',
            resource_type: 'tweet',
          },
        ],
      }),
    ],
    [
      'media of an unknown type',
      answer('/2/tweets/{id}', 200, {
        data: { id: '1' },
        includes: { media: [{ type: 'hologram', media_key: '3_1' }] },
      }),
    ],
    [
      'a status the operation does not declare',
      answer('/2/tweets/{id}', 201, { data: { id: '1' } }),
    ],
    ['an undeclared content type', answer('/2/tweets/{id}', 200, {}, 'text/html')],
  ])('rejects %s', (_name, a) => {
    expect(validator.validate(a).length).toBeGreaterThan(0);
  });
});
