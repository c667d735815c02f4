import type { AccountView } from '../../../src/shared/accounts/schema';
import { capabilitiesFor } from '../../../src/shared/accounts/schema';
import type { ColumnPosts } from '../../../src/shared/columns/content';
import type { Column } from '../../../src/shared/decks/schema';
import type { ReportDay } from '../../../src/shared/timebox/view';
import { NO_FILTERS } from '../../../src/shared/search/column-filters';
import type { Media, Post, XUser } from '../../../src/shared/x/types';

/** A post as main sends it; ids are X-style digit strings, bigger is newer. */
export function post(id: string, overrides: Partial<Post> = {}): Post {
  return {
    id,
    text: `post ${id}`,
    createdAt: '2026-05-04T12:00:00.000Z',
    authorId: '100',
    referenced: [],
    entities: { mentions: [], hashtags: [], cashtags: [], urls: [] },
    mediaKeys: [],
    ...overrides,
  };
}

export function user(id: string, username: string): XUser {
  return { id, username, name: username.toUpperCase() };
}

export function photo(mediaKey: string): Media {
  return { mediaKey, type: 'photo', url: `https://pbs.example/${mediaKey}.jpg` };
}

export function batch(
  columnId: string,
  mode: ColumnPosts['mode'],
  posts: Post[],
  extra: Partial<Omit<ColumnPosts, 'columnId' | 'mode' | 'posts'>> = {},
): ColumnPosts {
  return {
    columnId,
    mode,
    posts,
    referenced: extra.referenced ?? [],
    users: extra.users ?? [user('100', 'author')],
    media: extra.media ?? [],
  };
}

export function account(
  id: string,
  username: string,
  overrides: Partial<AccountView> = {},
): AccountView {
  return {
    id,
    username,
    name: username,
    avatarUrl: null,
    role: 'Brand',
    color: '#4c9eff',
    demo: true,
    state: 'ok',
    capabilities: capabilitiesFor('self-serve'),
    ...overrides,
  };
}

/** A column as the layout holds it: 2-minute refresh, no notifications, no filters. */
export function column(
  id: string,
  accountId: string | null,
  type: Column['type'] = 'search',
): Column {
  return {
    id,
    type,
    title: id,
    width: 'medium',
    accountId,
    intervalMs: 120_000,
    notify: false,
    filters: NO_FILTERS,
  };
}

/** A day of the time report: `usedMin` minutes of a 30-minute budget, nothing else done. */
export function reportDay(day: string, usedMin: number, extra: Partial<ReportDay> = {}): ReportDay {
  return {
    day,
    budgetSeconds: 1800,
    usedSeconds: usedMin * 60,
    decks: {},
    accounts: {},
    postsSent: 0,
    repliesSent: 0,
    postsRead: 0,
    dollars: 0,
    overrideMinutes: 0,
    ...extra,
  };
}
