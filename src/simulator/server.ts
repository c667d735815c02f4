import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { handleOAuth, isOAuthPath } from './auth/oauth-routes';
import { handleControl } from './controls';
import { CONTROL_TOKEN_HEADER, refuseControl } from './http/control-guard';
import { isMediaPath, serveMedia } from './media/serve';
import { viewOf } from './fields';
import { BodyError, bearerOf, parseBody, readBody, sendJson } from './http/io';
import {
  creditsDepleted,
  forbidden,
  invalidRequest,
  pageNotFound,
  serviceUnavailable,
  tooManyRequests,
  unauthorized,
  unsupportedAuthentication,
  type ApiAnswer,
} from './problems';
import type { Caller as RateCaller } from './rate-limiter';
import { matchRoute, type RouteMatch } from './routes';
import type { SimState } from './state';
import { billedIn } from './usage';
import type { Controls } from './controls';

/** Who may use /__sim/: the run's token and the port it listens on; null when they are off. */
export type ControlAccess = { token: string; port(): number } | null;

/** Routes a request: /__sim/ controls, the OAuth endpoints, or the X API. */
export function createServer(
  state: SimState,
  controls: Controls,
  access: ControlAccess,
): http.Server {
  return http.createServer((req, res) => {
    handle(state, controls, access, req, res).catch((error: unknown) => {
      if (!res.headersSent)
        sendJson(
          res,
          500,
          {
            title: 'Internal Server Error',
            detail: String(error),
            type: 'about:blank',
            status: 500,
          },
          {},
          true,
        );
      else res.destroy();
    });
  });
}

function sleep(state: SimState, ms: number): Promise<void> {
  return new Promise((resolve) => state.clock.setTimeout(resolve, ms));
}

async function handle(
  state: SimState,
  controls: Controls,
  access: ControlAccess,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const method = req.method ?? 'GET';
  if (method === 'GET' && isMediaPath(url.pathname)) {
    serveMedia(state.world, url.pathname, res);
    return;
  }
  if (url.pathname.startsWith('/__sim/')) {
    // Off (demo mode inside the app): as if there were no such page.
    if (!access) return sendJson(res, 404, { error: 'no such page' });
    const refusal = refuseControl(
      {
        host: req.headers.host,
        origin: req.headers.origin,
        token: req.headers[CONTROL_TOKEN_HEADER],
      },
      { port: access.port(), token: access.token },
    );
    if (refusal) return sendJson(res, refusal.status, { error: refusal.error });
    await handleControl(req, res, url, controls);
    return;
  }
  const bearer = bearerOf(req);
  const known = state.oauth.authenticate(bearer, state.clock.now());
  const record = {
    at: state.clock.now(),
    method,
    path: url.pathname,
    userId: known?.kind === 'user' ? known.userId : null,
    status: 0,
  };
  state.requests.push(record);

  const match = matchRoute(method, url.pathname);
  const transport = state.faults.transport(bearer);
  if (transport.latencyMs > 0) await sleep(state, transport.latencyMs);
  if (transport.drop) {
    req.socket.destroy();
    return;
  }
  if (transport.unavailable) {
    record.status = send(state, res, match, serviceUnavailable());
    return;
  }
  if (isOAuthPath(method, url.pathname)) {
    record.status = await handleOAuth(req, res, url, {
      oauth: state.oauth,
      now: () => state.clock.now(),
      denies: () => state.consent === 'deny',
      approvingUser: (hint) =>
        hint === undefined ? state.authorizeAs : state.world.userByUsername(hint)?.id,
    });
    return;
  }
  record.status = match
    ? await api(state, req, res, url, match, bearer)
    : send(state, res, undefined, pageNotFound());
}

function send(
  state: SimState,
  res: ServerResponse,
  match: RouteMatch | undefined,
  answer: ApiAnswer,
  headers: Record<string, string> = {},
): number {
  const all = { ...headers, ...answer.headers };
  sendJson(res, answer.status, answer.body, all, answer.problem);
  if (match) {
    state.observe?.({
      routeId: match.route.id,
      method: match.route.method,
      specPath: match.route.specPath,
      status: answer.status,
      contentType: answer.problem ? 'application/problem+json' : 'application/json',
      body: answer.body,
    });
  }
  return answer.status;
}

async function api(
  state: SimState,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  match: RouteMatch,
  bearer: string | undefined,
): Promise<number> {
  const { route } = match;
  const now = state.clock.now();
  const caller = state.oauth.authenticate(bearer, now);
  if (!caller)
    return send(
      state,
      res,
      match,
      unauthorized(),
      state.limiter.peek(route.id, { kind: 'anonymous' }, now),
    );
  const rateCaller: RateCaller =
    caller.kind === 'user'
      ? { kind: 'user', clientId: caller.clientId, userId: caller.userId }
      : { kind: 'app', clientId: caller.clientId };
  if (caller.kind === 'app' && route.userOnly) {
    return send(
      state,
      res,
      match,
      unsupportedAuthentication(),
      state.limiter.peek(route.id, rateCaller, now),
    );
  }
  if (caller.kind === 'user' && route.appOnly) {
    return send(
      state,
      res,
      match,
      unsupportedAuthentication('user'),
      state.limiter.peek(route.id, rateCaller, now),
    );
  }
  const forced = state.faults.answer(caller.token);
  if (forced?.kind === '429')
    return send(
      state,
      res,
      match,
      tooManyRequests(),
      state.limiter.peek(route.id, rateCaller, now, forced.window),
    );
  const decision = state.limiter.check(route.id, rateCaller, now);
  if (!decision.allowed) return send(state, res, match, tooManyRequests(), decision.headers);
  if (forced?.kind === '402')
    return send(state, res, match, creditsDepleted(caller.clientId), decision.headers);
  if (caller.kind === 'user') {
    const missing = route.scopes.filter((s) => !caller.scopes.includes(s));
    if (missing.length) {
      return send(
        state,
        res,
        match,
        forbidden(`Missing the OAuth 2.0 scope(s) this endpoint needs: ${missing.join(', ')}.`),
        decision.headers,
      );
    }
  }
  let body: Record<string, unknown> = {};
  if (route.method !== 'GET') {
    try {
      body = parseBody('application/json', await readBody(req));
    } catch (e) {
      const message = e instanceof BodyError ? e.message : 'Request body could not be read';
      return send(state, res, match, invalidRequest([{ message }]), decision.headers);
    }
  }
  const answer = route.handler({
    now,
    world: state.world,
    view: viewOf(state.world, now, state.origin),
    caller,
    tier: state.tier,
    path: match.path,
    query: url.searchParams,
    body,
  });
  if (route.appOnly && answer.status === 200)
    state.usage.recordRequest(caller.clientId, now, route.id);
  if (route.method === 'GET' && answer.status === 200) {
    const billed = billedIn(route.resource, answer.body);
    state.usage.record(
      caller.token,
      caller.kind === 'user' ? caller.userId : '',
      now,
      billed.posts,
      billed.users,
      caller.clientId,
    );
  }
  return send(state, res, match, answer, decision.headers);
}
