import { describe, expect, it } from 'vitest';
import { classifyHttpFailure, xMessageOf } from '../../../../src/main/x/error-mapping';
import { describeXError, XErrorSchema, X_ERROR_KINDS } from '../../../../src/shared/x/errors';

const NOW = Date.UTC(2026, 5, 10, 12);
const ctx = { endpoint: 'searchRecent', now: NOW };
const problem = (status: number, title: string, detail: string, type = 'about:blank') => ({
  title,
  detail,
  type,
  status,
});

describe('classifying X’s error answers', () => {
  it.each([
    [401, problem(401, 'Unauthorized', 'Unauthorized'), 'auth'],
    [
      402,
      problem(402, 'Payment Required', 'Your account has no credits left.'),
      'payment_required',
    ],
    [
      429,
      problem(
        429,
        'Usage cap exceeded',
        'Monthly product cap',
        'https://api.x.com/2/problems/usage-capped',
      ),
      'payment_required',
    ],
    [429, { errors: [{ code: 88, message: 'Rate limit exceeded' }] }, 'rate_limited'],
    [
      403,
      problem(
        403,
        'Forbidden',
        'Reply to this conversation is not allowed because you have not been mentioned or otherwise engaged by the author of the post you are replying to.',
      ),
      'not_summoned',
    ],
    [
      403,
      {
        ...problem(403, 'Client Forbidden', 'This endpoint is not available on your access tier.'),
        reason: 'client-not-enrolled',
      },
      'not_available_on_tier',
    ],
    [403, problem(403, 'Forbidden', 'You are not allowed to delete this post.'), 'forbidden'],
    [404, problem(404, 'Not Found Error', 'Could not find tweet with id: [1].'), 'not_found'],
    [
      400,
      {
        ...problem(400, 'Invalid Request', 'One or more parameters to your request was invalid.'),
        errors: [
          {
            message:
              "There were errors processing your request: no viable alternative at character '(' (at position 1)",
          },
        ],
      },
      'invalid_query',
    ],
    [500, problem(500, 'Internal Server Error', 'Oops'), 'unavailable'],
    [503, problem(503, 'Service Unavailable', 'Service Unavailable'), 'unavailable'],
    [503, '<html>Bad gateway</html>', 'unavailable'],
  ])('%i %j is %s', (status, body, kind) => {
    const e = classifyHttpFailure({ status, body, headers: {} }, ctx);
    expect(e.kind).toBe(kind);
    expect(e.status).toBe(status);
    expect(e.endpoint).toBe('searchRecent');
    expect(e.message).toBe(describeXError(e, NOW));
    expect(XErrorSchema.parse(e)).toEqual(e);
  });

  it('keeps X’s specific message for a bad query, not its generic detail', () => {
    const e = classifyHttpFailure(
      {
        status: 400,
        body: {
          title: 'Invalid Request',
          detail: 'One or more parameters to your request was invalid.',
          errors: [{ parameters: { query: ['(acme'] }, message: 'Unbalanced parentheses' }],
        },
        headers: {},
      },
      ctx,
    );
    expect(e.xMessage).toBe('Unbalanced parentheses');
    expect(e.message).toBe('X didn’t accept this: Unbalanced parentheses');
  });

  it('takes a rate limit’s reset from X’s header', () => {
    const reset = Math.floor(NOW / 1000) + 420;
    const e = classifyHttpFailure(
      {
        status: 429,
        body: {},
        headers: {
          'x-rate-limit-limit': '300',
          'x-rate-limit-remaining': '0',
          'x-rate-limit-reset': String(reset),
        },
      },
      ctx,
    );
    expect(e.resetAt).toBe(reset * 1000);
    expect(e.message).toBe(
      'X asked Timedeck to slow down. Timedeck will try again in about 7 minutes.',
    );
  });

  it('assumes a whole 15-minute window when X gives no reset', () => {
    const e = classifyHttpFailure({ status: 429, body: undefined, headers: {} }, ctx);
    expect(e.resetAt).toBe(NOW + 15 * 60_000);
  });

  it.each([
    [{ detail: 'd', title: 't' }, 'd'],
    [{ title: 't' }, 't'],
    [{ errors: [{ message: 'a' }, { message: 'b' }] }, 'a b'],
    [{ error: 'invalid_token' }, 'invalid_token'],
    ['plain text', undefined],
    [null, undefined],
  ])('finds X’s words in %j', (body, words) => {
    expect(xMessageOf(body)).toBe(words);
  });
});

describe('plain words for each kind', () => {
  it('has a distinct sentence for every kind', () => {
    const sentences = X_ERROR_KINDS.map((kind) => describeXError({ kind }));
    expect(new Set(sentences).size).toBe(X_ERROR_KINDS.length);
    sentences.forEach((s) => expect(s).toMatch(/^[A-Z].*\.$/));
  });

  it.each([
    [NOW + 30_000, 'about a minute'],
    [NOW + 61_000, 'about 2 minutes'],
    [NOW - 1, 'It can try again now.'],
  ])('counts down to a reset at %d', (resetAt, words) => {
    expect(describeXError({ kind: 'rate_limited', resetAt }, NOW)).toContain(words);
  });

  it('speaks loosely of a reset it cannot count down to', () => {
    expect(describeXError({ kind: 'rate_limited', resetAt: NOW })).toContain('a few minutes');
  });
});
