import {
  LIST_EXPANSIONS,
  LIST_FIELDS,
  MEDIA_FIELDS,
  PLACE_FIELDS,
  POLL_FIELDS,
  TWEET_EXPANSIONS,
  TWEET_FIELDS,
  USER_EXPANSIONS,
  USER_FIELDS,
} from './field-lists';
import type { MaxResultsRange } from './paging';
import type { InvalidParameter } from './problems';

/**
 * Query-string checks with X's own messages. X reports every bad parameter at once, so errors
 * accumulate rather than stopping at the first.
 */
export interface QuerySpec {
  /** The parameters X accepts, in the order X lists them in its message. */
  params: readonly string[];
  expansions?: readonly string[];
  maxResults?: MaxResultsRange;
  /** Recent search: start_time no older than 7 days, end_time at least 10 s in the past. */
  recentWindow?: boolean;
}

export interface FieldSelection {
  tweet: Set<string>;
  user: Set<string>;
  media: Set<string>;
  list: Set<string>;
  expansions: Set<string>;
}

export interface ParsedQuery {
  fields: FieldSelection;
  maxResults: number;
  sinceId?: bigint;
  untilId?: bigint;
  token?: string;
  startTime?: number;
  endTime?: number;
  exclude: Set<string>;
  query?: string;
  /** Counts: the width of each bucket. */
  granularity?: 'minute' | 'hour' | 'day';
}

export type QueryResult =
  { ok: true; value: ParsedQuery } | { ok: false; errors: InvalidParameter[] };

const ENUMS: Record<string, readonly string[]> = {
  'tweet.fields': TWEET_FIELDS,
  'user.fields': USER_FIELDS,
  'media.fields': MEDIA_FIELDS,
  'list.fields': LIST_FIELDS,
  'poll.fields': POLL_FIELDS,
  'place.fields': PLACE_FIELDS,
  exclude: ['replies', 'retweets'],
  sort_order: ['recency', 'relevancy'],
  granularity: ['minute', 'hour', 'day'],
  'search_count.fields': ['end', 'start', 'tweet_count'],
};

export const TWEET_PARAMS = [
  'expansions',
  'tweet.fields',
  'media.fields',
  'poll.fields',
  'user.fields',
  'place.fields',
] as const;
export const USER_PARAMS = ['expansions', 'tweet.fields', 'user.fields'] as const;
export const LIST_PARAMS = ['expansions', 'list.fields', 'user.fields'] as const;

export { LIST_EXPANSIONS, TWEET_EXPANSIONS, USER_EXPANSIONS };

/** An expansion brings its field into the object even when the fields parameter leaves it out. */
const IMPLIED: Record<string, string> = {
  author_id: 'author_id',
  in_reply_to_user_id: 'in_reply_to_user_id',
  'referenced_tweets.id': 'referenced_tweets',
  'referenced_tweets.id.author_id': 'referenced_tweets',
  'referenced_tweets.id.attachments.media_keys': 'referenced_tweets',
  'attachments.media_keys': 'attachments',
  'entities.mentions.username': 'entities',
  pinned_tweet_id: 'pinned_tweet_id',
  most_recent_tweet_id: 'most_recent_tweet_id',
  owner_id: 'owner_id',
};

export function withImplied(fields: Set<string>, expansions: Set<string>): Set<string> {
  const out = new Set(fields);
  for (const e of expansions) if (IMPLIED[e]) out.add(IMPLIED[e]);
  return out;
}

const ID_PATTERN = /^[0-9]{1,19}$/;
const SEVEN_DAYS = 7 * 24 * 60 * 60 * 1000;

function bad(name: string, value: string, message: string): InvalidParameter {
  return { parameters: { [name]: [value] }, message };
}

export function checkId(name: string, value: string): InvalidParameter | undefined {
  return ID_PATTERN.test(value)
    ? undefined
    : bad(
        name,
        value,
        `The \`${name}\` query parameter value [${value}] does not match ^[0-9]{1,19}$`,
      );
}

export function checkUsername(value: string): InvalidParameter | undefined {
  return /^[A-Za-z0-9_]{1,15}$/.test(value)
    ? undefined
    : bad(
        'username',
        value,
        `The \`username\` query parameter value [${value}] does not match ^[A-Za-z0-9_]{1,15}$`,
      );
}

/** RFC 3339 date-time, as X requires (YYYY-MM-DDTHH:mm:ssZ, optional fraction or offset). */
function parseTime(value: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(value))
    return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

export function parseQueryString(
  search: URLSearchParams,
  spec: QuerySpec,
  now: number,
): QueryResult {
  const errors: InvalidParameter[] = [];
  const value: ParsedQuery = {
    fields: {
      tweet: new Set(),
      user: new Set(),
      media: new Set(),
      list: new Set(),
      expansions: new Set(),
    },
    maxResults: spec.maxResults?.default ?? 0,
    exclude: new Set(),
  };
  const names = [...new Set(search.keys())];
  for (const name of names) {
    const raw = search.getAll(name).join(',');
    if (!spec.params.includes(name)) {
      errors.push(
        bad(name, raw, `The query parameter [${name}] is not one of [${spec.params.join(',')}]`),
      );
      continue;
    }
    const enumValues = name === 'expansions' ? (spec.expansions ?? []) : ENUMS[name];
    if (enumValues) {
      const items = raw.split(',');
      for (const item of items) {
        if (!enumValues.includes(item)) {
          errors.push(
            bad(
              name,
              item,
              `The \`${name}\` query parameter value [${item}] is not one of [${enumValues.join(',')}]`,
            ),
          );
        }
      }
      const set = new Set(items);
      if (name === 'tweet.fields') value.fields.tweet = set;
      if (name === 'user.fields') value.fields.user = set;
      if (name === 'media.fields') value.fields.media = set;
      if (name === 'list.fields') value.fields.list = set;
      if (name === 'expansions') value.fields.expansions = set;
      if (name === 'exclude') value.exclude = set;
      if (name === 'granularity') value.granularity = items[0] as ParsedQuery['granularity'];
      continue;
    }
    switch (name) {
      case 'max_results': {
        const range = spec.maxResults!;
        const n = Number(raw);
        if (!/^-?\d+$/.test(raw) || n < range.min || n > range.max) {
          errors.push(
            bad(
              name,
              raw,
              `The \`max_results\` query parameter value [${raw}] is not between ${range.min} and ${range.max}`,
            ),
          );
        } else value.maxResults = n;
        break;
      }
      case 'since_id':
      case 'until_id': {
        const problem = checkId(name, raw);
        if (problem) errors.push(problem);
        else if (name === 'since_id') value.sinceId = BigInt(raw);
        else value.untilId = BigInt(raw);
        break;
      }
      case 'next_token':
      case 'pagination_token':
        if (raw.length === 0)
          errors.push(bad(name, raw, `The \`${name}\` query parameter can not be empty`));
        else value.token = raw;
        break;
      case 'start_time':
      case 'end_time': {
        const ms = parseTime(raw);
        if (ms === undefined) {
          errors.push(
            bad(
              name,
              raw,
              `Invalid '${name}':'${raw}'. '${name}' must be a valid RFC 3339 date-time.`,
            ),
          );
        } else if (name === 'start_time') value.startTime = ms;
        else value.endTime = ms;
        break;
      }
      case 'query':
        if (raw.trim().length === 0)
          errors.push(bad(name, raw, 'The `query` query parameter can not be empty'));
        else value.query = raw;
        break;
    }
  }
  if (spec.params.includes('query') && !search.has('query')) {
    errors.push({
      parameters: { query: [] },
      message: 'The `query` query parameter can not be empty',
    });
  }
  const x = value.fields.expansions;
  value.fields.tweet = withImplied(value.fields.tweet, x);
  value.fields.user = withImplied(value.fields.user, x);
  value.fields.list = withImplied(value.fields.list, x);
  if (spec.recentWindow) checkRecentWindow(search, value, now, errors);
  if (
    value.startTime !== undefined &&
    value.endTime !== undefined &&
    value.startTime >= value.endTime
  ) {
    const raw = search.get('start_time')!;
    errors.push(
      bad(
        'start_time',
        raw,
        `Invalid 'start_time':'${raw}'. 'start_time' must be before 'end_time'.`,
      ),
    );
  }
  return errors.length ? { ok: false, errors } : { ok: true, value };
}

function checkRecentWindow(
  search: URLSearchParams,
  value: ParsedQuery,
  now: number,
  errors: InvalidParameter[],
) {
  if (value.startTime !== undefined && value.startTime < now - SEVEN_DAYS) {
    const raw = search.get('start_time')!;
    const earliest = new Date(Math.ceil((now - SEVEN_DAYS) / 1000) * 1000)
      .toISOString()
      .replace('.000Z', 'Z');
    errors.push(
      bad(
        'start_time',
        raw,
        `Invalid 'start_time':'${raw}'. 'start_time' must be on or after ${earliest}`,
      ),
    );
  }
  if (value.endTime !== undefined && value.endTime > now - 10_000) {
    const raw = search.get('end_time')!;
    errors.push(
      bad(
        'end_time',
        raw,
        `Invalid 'end_time':'${raw}'. 'end_time' must be a minimum of 10 seconds prior to the request time.`,
      ),
    );
  }
}
