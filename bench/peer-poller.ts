import type { Simulator } from '../src/simulator';
import type { Clock } from '../src/shared/time/clock';

/**
 * The peer reads_per_new_post is compared with: a TweetDeck-style client polling the same
 * simulator, world and columns as Timedeck, the way such clients do — each column on its own
 * timer with since_id, nothing shared between columns (two columns asking the same thing ask
 * twice), no paging back (one page of 100 per poll, a gap stays a gap), and the full context
 * expansions on every request (the posts a post quotes or replies to, their authors, media).
 * Its reads are billed to a developer app of its own (`PEER_CLIENT_ID`), so neither client's
 * per-app deduplication helps the other.
 *
 * It keeps nothing between launches (such clients keep only the layout and the sign-in): each
 * `startPeer` is a launch, whose first poll of each column has no since_id and loads the
 * column's latest page, as opening the client does.
 */

export const PEER_CLIENT_ID = 'tweetdeck-style-peer';

export interface PeerColumn {
  id: string;
  type: string;
  username: string;
  userId: string;
  query?: string;
}

const EXPANSIONS = [
  'author_id',
  'referenced_tweets.id',
  'referenced_tweets.id.author_id',
  'in_reply_to_user_id',
  'attachments.media_keys',
  'entities.mentions.username',
].join(',');
const FIELDS = {
  'tweet.fields':
    'created_at,conversation_id,entities,public_metrics,referenced_tweets,attachments,in_reply_to_user_id,lang',
  'user.fields': 'name,username,profile_image_url,verified',
  'media.fields': 'url,preview_image_url,type,width,height,alt_text',
};

function pathFor(column: PeerColumn): string | null {
  if (column.type === 'mentions') return `/2/users/${column.userId}/mentions`;
  if (column.type === 'home') return `/2/users/${column.userId}/timelines/reverse_chronological`;
  if (column.type === 'search' && column.query) return '/2/tweets/search/recent';
  return null;
}

/**
 * Starts the peer's timers on `clock` (the bench's FakeClock). `intervalMs` per column, the
 * columns' first polls staggered across it as a client started by hand would be.
 */
export function startPeer(
  sim: Simulator,
  clock: Clock,
  columns: readonly PeerColumn[],
  intervalMs: number,
) {
  const tokens = new Map<string, { token: string; expiresAt: number }>();
  const sinceId = new Map<string, string>();
  const shown = new Set<string>();
  const referenced = new Set<string>();
  const errors: Record<string, number> = {};
  const byRoute: Record<string, number> = {};
  const issued = new Set<string>();
  let requests = 0;
  let withoutSinceId = 0;
  let stopped = false;

  const tokenFor = (username: string) => {
    const held = tokens.get(username);
    if (held && held.expiresAt > clock.now() + 60_000) return held.token;
    // A refresh costs no reads; issuing anew stands in for it.
    const granted = sim.issueTokens(username, undefined, PEER_CLIENT_ID);
    const fresh = {
      token: granted.access_token,
      expiresAt: clock.now() + granted.expires_in * 1000,
    };
    tokens.set(username, fresh);
    issued.add(fresh.token);
    return fresh.token;
  };

  async function poll(column: PeerColumn) {
    const path = pathFor(column);
    if (!path) return;
    const params = new URLSearchParams({ max_results: '100', expansions: EXPANSIONS, ...FIELDS });
    if (column.query) params.set('query', column.query);
    const since = sinceId.get(column.id);
    if (since) params.set('since_id', since);
    else withoutSinceId++;
    requests++;
    const route = `GET ${path.replace(/\/\d{3,}(?=\/|$)/g, '/:id')}`;
    byRoute[route] = (byRoute[route] ?? 0) + 1;
    try {
      const res = await fetch(`${sim.url}${path}?${params}`, {
        headers: { Authorization: `Bearer ${tokenFor(column.username)}` },
      });
      const body = (await res.json()) as {
        data?: Array<{ id: string }>;
        includes?: { tweets?: Array<{ id: string }> };
        meta?: { newest_id?: string };
      };
      if (!res.ok) {
        errors[res.status] = (errors[res.status] ?? 0) + 1;
        return;
      }
      for (const p of body.data ?? []) shown.add(p.id);
      for (const p of body.includes?.tweets ?? []) referenced.add(p.id);
      const newest = body.meta?.newest_id ?? body.data?.[0]?.id;
      if (newest) sinceId.set(column.id, newest);
    } catch (e) {
      const key = e instanceof Error ? e.name : 'error';
      errors[key] = (errors[key] ?? 0) + 1;
    }
  }

  columns.forEach((column, i) => {
    const tick = () => {
      if (stopped) return;
      void poll(column);
      clock.setTimeout(tick, intervalMs);
    };
    clock.setTimeout(tick, Math.round((intervalMs * i) / columns.length));
  });

  return {
    /** Distinct posts its columns received in `data`: the new posts it showed. */
    shown,
    /** Posts that came only as context (includes.tweets). */
    referenced,
    get requests() {
      return requests;
    },
    /** Its requests without since_id: each column's first load of this launch. */
    get withoutSinceId() {
      return withoutSinceId;
    },
    errors,
    /** Its requests by route, as the bench groups the simulator's log. */
    byRoute,
    /** Every access token it was issued: its per-token usage rows. */
    tokens: issued,
    stop() {
      stopped = true;
    },
  };
}
