/**
 * Reads per token and UTC day, each post (and each user) counted once however often it is
 * returned that day — and, as X bills them, per developer app and UTC day: X deduplicates every
 * resource within the day for the whole app, so two accounts reading one post pay once.
 */
export interface UsageRow {
  token: string;
  userId: string;
  day: string;
  posts: number;
  users: number;
}

interface Entry {
  token: string;
  userId: string;
  day: string;
  posts: Set<string>;
  users: Set<string>;
}

export const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export interface AppUsageRow {
  clientId: string;
  day: string;
  posts: number;
  users: number;
  /** Requests billed per request rather than per resource (counts/recent), by route. */
  requests: Record<string, number>;
}

export class UsageLedger {
  private readonly entries = new Map<string, Entry>();
  private readonly apps = new Map<string, Entry>();
  private readonly requests = new Map<string, Record<string, number>>();

  /** A request X bills as such (Counts: Recent), whatever it answered. */
  recordRequest(clientId: string, now: number, routeId: string): void {
    const key = `${clientId}\u0000${utcDay(now)}`;
    const row = this.requests.get(key) ?? {};
    row[routeId] = (row[routeId] ?? 0) + 1;
    this.requests.set(key, row);
    if (!this.apps.has(key))
      this.apps.set(key, {
        token: clientId,
        userId: '',
        day: utcDay(now),
        posts: new Set(),
        users: new Set(),
      });
  }

  record(
    token: string,
    userId: string,
    now: number,
    posts: Iterable<string>,
    users: Iterable<string>,
    clientId = '',
  ): void {
    const day = utcDay(now);
    const add = (map: Map<string, Entry>, key: string, owner: string) => {
      let entry = map.get(`${key}\u0000${day}`);
      if (!entry) {
        entry = { token: owner, userId, day, posts: new Set(), users: new Set() };
        map.set(`${key}\u0000${day}`, entry);
      }
      for (const id of posts) entry.posts.add(id);
      for (const id of users) entry.users.add(id);
    };
    posts = [...posts];
    users = [...users];
    add(this.entries, token, token);
    add(this.apps, clientId, clientId);
  }

  /** What X bills the developer app: each resource once per UTC day across all its tokens. */
  appReport(): AppUsageRow[] {
    return [...this.apps.values()].map((e) => ({
      clientId: e.token,
      day: e.day,
      posts: e.posts.size,
      users: e.users.size,
      requests: { ...this.requests.get(`${e.token}\u0000${e.day}`) },
    }));
  }

  /** The posts billed to each developer app per UTC day: what appReport counts, by id. */
  appPosts(): Array<{ clientId: string; day: string; posts: string[] }> {
    return [...this.apps.values()].map((e) => ({
      clientId: e.token,
      day: e.day,
      posts: [...e.posts],
    }));
  }

  report(): UsageRow[] {
    return [...this.entries.values()].map((e) => ({
      token: e.token,
      userId: e.userId,
      day: e.day,
      posts: e.posts.size,
      users: e.users.size,
    }));
  }
}

type Json = Record<string, unknown>;
const ids = (items: unknown): string[] =>
  Array.isArray(items)
    ? items.map((i) => (i as Json).id).filter((id): id is string => typeof id === 'string')
    : [];

/** What an answer's body bills: posts and users, in data and in includes. */
export function billedIn(
  resource: 'tweet' | 'user' | 'list' | 'none',
  body: unknown,
): { posts: string[]; users: string[] } {
  if (!body || typeof body !== 'object') return { posts: [], users: [] };
  const b = body as Json;
  const data = Array.isArray(b.data) ? b.data : b.data ? [b.data] : [];
  const includes = (b.includes ?? {}) as Json;
  return {
    posts: [...(resource === 'tweet' ? ids(data) : []), ...ids(includes.tweets)],
    users: [...(resource === 'user' ? ids(data) : []), ...ids(includes.users)],
  };
}
