import type { IncomingMessage, ServerResponse } from 'node:http';
import { BodyError, asString, basicOf, parseBody, readBody, sendJson, sendText } from '../http/io';
import { OAuthError, type OAuthServer } from './oauth';

/**
 * The browser and token endpoints: GET /i/oauth2/authorize (an auto-approving consent step),
 * POST /2/oauth2/token, POST /2/oauth2/revoke and the app-only POST /oauth2/token.
 */
export interface OAuthRoutesDeps {
  oauth: OAuthServer;
  now: () => number;
  /** Who approves the consent step: a `sim_username` hint, else the simulator's current choice. */
  approvingUser: (hint: string | undefined) => string | undefined;
  /** Whether the consent step is set to refuse (tests of a denied consent). */
  denies: () => boolean;
}

export function isOAuthPath(method: string, path: string): boolean {
  return (
    (method === 'GET' && path === '/i/oauth2/authorize') ||
    (method === 'POST' &&
      (path === '/2/oauth2/token' || path === '/2/oauth2/revoke' || path === '/oauth2/token'))
  );
}

const NO_STORE = { 'cache-control': 'no-store', pragma: 'no-cache' };

export async function handleOAuth(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  deps: OAuthRoutesDeps,
): Promise<number> {
  if (url.pathname === '/i/oauth2/authorize') {
    const q = Object.fromEntries(url.searchParams);
    const userId = deps.approvingUser(q.sim_username);
    if (!userId) {
      sendText(res, 400, `Something went wrong: no such account @${q.sim_username}.`);
      return 400;
    }
    const outcome = deps.oauth.authorize(q, userId, deps.now(), deps.denies());
    if (outcome.kind === 'page') {
      sendText(res, outcome.status, outcome.message);
      return outcome.status;
    }
    res.writeHead(302, { location: outcome.location, ...NO_STORE });
    res.end();
    return 302;
  }

  let body: Record<string, unknown>;
  try {
    body = parseBody(req.headers['content-type'], await readBody(req));
  } catch (e) {
    const message = e instanceof BodyError ? e.message : 'Invalid request body';
    sendJson(res, 400, { error: 'invalid_request', error_description: message }, NO_STORE);
    return 400;
  }
  try {
    const client = deps.oauth.authenticateClient(basicOf(req), asString(body.client_id));
    const grantType = asString(body.grant_type);
    if (url.pathname === '/2/oauth2/revoke') {
      deps.oauth.revoke(client, asString(body.token));
      sendJson(res, 200, { revoked: true }, NO_STORE);
      return 200;
    }
    if (url.pathname === '/oauth2/token') {
      if (grantType !== 'client_credentials' || !client.clientSecret) {
        throw new OAuthError(
          403,
          'unauthorized_client',
          'Only confidential clients may use client_credentials.',
        );
      }
      sendJson(res, 200, deps.oauth.appToken(client), NO_STORE);
      return 200;
    }
    let tokens;
    if (grantType === 'authorization_code') {
      tokens = deps.oauth.exchangeCode(
        client,
        {
          code: asString(body.code),
          code_verifier: asString(body.code_verifier),
          redirect_uri: asString(body.redirect_uri),
        },
        deps.now(),
      );
    } else if (grantType === 'refresh_token') {
      tokens = deps.oauth.refreshTokens(client, asString(body.refresh_token), deps.now());
    } else {
      throw new OAuthError(
        400,
        'unsupported_grant_type',
        `Unsupported grant_type [${grantType ?? ''}].`,
      );
    }
    sendJson(res, 200, tokens, NO_STORE);
    return 200;
  } catch (e) {
    if (!(e instanceof OAuthError)) throw e;
    sendJson(res, e.status, e.body, NO_STORE);
    return e.status;
  }
}
