import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Tier } from './endpoints/context';
import { FAULT_KINDS, validateFault, type FaultKind, type RateWindowKind } from './faults';
import { BodyError, asString, parseBody, readBody, sendJson } from './http/io';
import type { RequestRecord, SimState } from './state';
import type { AppUsageRow, UsageRow } from './usage';
import type { SimPost } from './world/types';

/** The operations behind /__sim/, also offered in-process to tests and the harness. */
export interface Controls {
  fault(f: {
    kind: FaultKind;
    count?: number;
    ms?: number;
    token?: string;
    window?: RateWindowKind;
  }): void;
  clearFaults(): void;
  setTier(tier: Tier): void;
  usage(): UsageRow[];
  /** What X bills the developer app: each post and user once per UTC day across all tokens. */
  appUsage(): AppUsageRow[];
  /** The same, by id: which posts each app was billed for each UTC day (the bench's breakdown). */
  appBilledPosts(): Array<{ clientId: string; day: string; posts: string[] }>;
  requests(): RequestRecord[];
  /** Makes the author's new post appear now (tests): returns the post id. */
  injectPost(p: {
    authorUsername: string;
    text: string;
    inReplyToId?: string;
    lang?: string;
  }): string;
  /** The raw stored post, including replies sent through the API and deleted posts. */
  findPost(id: string): unknown;
  /** Which account the consent step at /i/oauth2/authorize approves (default: the brand). */
  setAuthorizeAs(username: string): void;
  /** Whether the consent step approves (default) or denies, as a user pressing Cancel would. */
  setConsent(answer: 'approve' | 'deny'): void;
}

export function createControls(state: SimState): Controls {
  return {
    fault(f) {
      const checked = validateFault(f);
      if (typeof checked === 'string') throw new Error(checked);
      if (checked.kind === 'revoke') state.oauth.revokeForFault(checked.token);
      else state.faults.add(checked);
    },
    clearFaults: () => state.faults.clear(),
    setTier(tier) {
      if (tier !== 'self-serve' && tier !== 'enterprise')
        throw new Error(`unknown tier ${String(tier)}`);
      state.tier = tier;
    },
    usage: () => state.usage.report(),
    appUsage: () => state.usage.appReport(),
    appBilledPosts: () => state.usage.appPosts(),
    requests: () => state.requests.map((r) => ({ ...r })),
    injectPost(p) {
      const now = state.clock.now();
      const author = state.world.userByUsername(p.authorUsername);
      if (!author) throw new Error(`no such account @${p.authorUsername}`);
      let parent: SimPost | undefined;
      if (p.inReplyToId !== undefined) {
        parent = state.world.post(p.inReplyToId, now);
        if (!parent) throw new Error(`no visible post ${p.inReplyToId} to reply to`);
      }
      return state.world.createPost({
        authorId: author.id,
        text: p.text,
        at: now,
        origin: 'injected',
        inReplyTo: parent,
        lang: p.lang,
      }).id;
    },
    findPost(id) {
      const post = state.world.rawPost(id);
      return post
        ? { ...post, idNum: undefined, author: state.world.user(post.authorId)?.username }
        : undefined;
    },
    setConsent(answer) {
      if (answer !== 'approve' && answer !== 'deny')
        throw new Error(`unknown consent ${String(answer)}`);
      state.consent = answer;
    },
    setAuthorizeAs(username) {
      const user = state.world.userByUsername(username);
      if (!user) throw new Error(`no such account @${username}`);
      state.authorizeAs = user.id;
    },
  };
}

/** /__sim/ over HTTP: the same operations, JSON in and out. */
export async function handleControl(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  controls: Controls,
): Promise<void> {
  const route = `${req.method} ${url.pathname.replace(/\/$/, '')}`;
  let body: Record<string, unknown> = {};
  try {
    if (req.method === 'POST') body = parseBody('application/json', await readBody(req));
    switch (route) {
      case 'POST /__sim/faults': {
        const checked = validateFault(body);
        if (typeof checked === 'string')
          return sendJson(res, 400, { error: checked, kinds: FAULT_KINDS });
        controls.fault(checked);
        return sendJson(res, 200, { ok: true });
      }
      case 'DELETE /__sim/faults':
        controls.clearFaults();
        return sendJson(res, 200, { ok: true });
      case 'POST /__sim/tier':
        controls.setTier(body.tier as Tier);
        return sendJson(res, 200, { ok: true, tier: body.tier });
      case 'GET /__sim/usage':
        return sendJson(res, 200, { usage: controls.usage(), apps: controls.appUsage() });
      case 'GET /__sim/billed-posts':
        return sendJson(res, 200, { apps: controls.appBilledPosts() });
      case 'GET /__sim/requests':
        return sendJson(res, 200, { requests: controls.requests() });
      case 'POST /__sim/posts': {
        const id = controls.injectPost({
          authorUsername: asString(body.authorUsername) ?? '',
          text: asString(body.text) ?? '',
          inReplyToId: asString(body.inReplyToId),
          lang: asString(body.lang),
        });
        return sendJson(res, 201, { id });
      }
      case 'POST /__sim/consent':
        controls.setConsent(body.answer as 'approve' | 'deny');
        return sendJson(res, 200, { ok: true });
      case 'POST /__sim/authorize-as':
        controls.setAuthorizeAs(asString(body.username) ?? '');
        return sendJson(res, 200, { ok: true });
    }
    const post = /^GET \/__sim\/posts\/(\d+)$/.exec(route);
    if (post) {
      const found = controls.findPost(post[1]!);
      return found
        ? sendJson(res, 200, { post: found })
        : sendJson(res, 404, { error: 'no such post' });
    }
    sendJson(res, 404, { error: `no control ${route}` });
  } catch (e) {
    sendJson(res, 400, {
      error: e instanceof BodyError || e instanceof Error ? e.message : String(e),
    });
  }
}
