import { describe, expect, it } from 'vitest';
import {
  TWEET_EXPANSIONS,
  TWEET_PARAMS,
  parseQueryString,
  type QuerySpec,
} from '../../../src/simulator/params';

const NOW = Date.parse('2026-09-01T12:00:00Z');
const spec: QuerySpec = {
  params: [
    'query',
    'max_results',
    'since_id',
    'start_time',
    'end_time',
    'next_token',
    ...TWEET_PARAMS,
  ],
  expansions: TWEET_EXPANSIONS,
  maxResults: { min: 10, max: 100, default: 10 },
  recentWindow: true,
};
const parse = (qs: string) => parseQueryString(new URLSearchParams(qs), spec, NOW);
const messages = (qs: string) => {
  const r = parse(qs);
  return r.ok ? [] : r.errors.map((e) => e.message);
};

describe('parseQueryString', () => {
  it('reads fields, expansions, max_results and ids', () => {
    const r = parse(
      'query=ink&tweet.fields=created_at,author_id&expansions=author_id&max_results=50&since_id=123',
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect([...r.value.fields.tweet]).toEqual(['created_at', 'author_id']);
    expect([...r.value.fields.expansions]).toEqual(['author_id']);
    expect(r.value.maxResults).toBe(50);
    expect(r.value.sinceId).toBe(123n);
  });

  it('defaults max_results per endpoint', () => {
    const r = parse('query=ink');
    expect(r.ok && r.value.maxResults).toBe(10);
  });

  it.each([
    [
      'query=ink&max_results=5',
      'The `max_results` query parameter value [5] is not between 10 and 100',
    ],
    [
      'query=ink&max_results=101',
      'The `max_results` query parameter value [101] is not between 10 and 100',
    ],
    [
      'query=ink&max_results=ten',
      'The `max_results` query parameter value [ten] is not between 10 and 100',
    ],
    [
      'query=ink&since_id=abc',
      'The `since_id` query parameter value [abc] does not match ^[0-9]{1,19}$',
    ],
    [
      'query=ink&tweet.fields=created_at,colour',
      'The `tweet.fields` query parameter value [colour] is not one of [',
    ],
    [
      'query=ink&expansions=author',
      'The `expansions` query parameter value [author] is not one of [',
    ],
    [
      'query=ink&colour=blue',
      'The query parameter [colour] is not one of [query,max_results,since_id,start_time,end_time,next_token,expansions,',
    ],
    ['max_results=10', 'The `query` query parameter can not be empty'],
    ['query=%20', 'The `query` query parameter can not be empty'],
    [
      'query=ink&start_time=yesterday',
      "Invalid 'start_time':'yesterday'. 'start_time' must be a valid RFC 3339 date-time.",
    ],
    [
      'query=ink&start_time=2026-08-20T00:00:00Z',
      "Invalid 'start_time':'2026-08-20T00:00:00Z'. 'start_time' must be on or after 2026-08-25T12:00:00Z",
    ],
    [
      'query=ink&end_time=2026-09-01T11:59:55Z',
      "Invalid 'end_time':'2026-09-01T11:59:55Z'. 'end_time' must be a minimum of 10 seconds prior to the request time.",
    ],
    [
      'query=ink&start_time=2026-09-01T11:00:00Z&end_time=2026-09-01T10:00:00Z',
      "'start_time' must be before 'end_time'",
    ],
  ])('%s', (qs, message) => expect(messages(qs).join('\n')).toContain(message));

  it('reports every bad parameter at once, each with its value', () => {
    const r = parse('query=ink&max_results=1&since_id=x');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.parameters)).toEqual([
      { max_results: ['1'] },
      { since_id: ['x'] },
    ]);
  });
});
