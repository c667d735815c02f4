import { createHash, randomBytes } from 'node:crypto';
import http from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TwitterApi } from 'twitter-api-v2';
import { call, clientFor, simPlugin, startTestSim, type TestSim } from '../helpers';

const CLIENT = 'timedeck-demo';
const CALLBACK = 'http://127.0.0.1:53682/callback';
const MIN = 60 * 1000;

function pkce() {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

function authorizePath(params: Record<string, string>) {
  return `/i/oauth2/authorize?${new URLSearchParams({
    response_type: 'code',
    client_id: CLIENT,
    redirect_uri: CALLBACK,
    state: 'xyz',
    scope: 'tweet.read users.read offline.access',
    code_challenge_method: 'S256',
    ...params,
  })}`;
}

let t: TestSim;
beforeEach(async () => {
  t = await startTestSim({
    oauthClients: [
      { clientId: CLIENT, redirectUris: [CALLBACK] },
      { clientId: 'confidential', clientSecret: 's3cret', redirectUris: ['http://127.0.0.1:9/cb'] },
    ],
  });
});
afterEach(() => t.close());

async function authorize(challenge: string, extra: Record<string, string> = {}) {
  const res = await call(t.sim, authorizePath({ code_challenge: challenge, ...extra }));
  expect(res.status).toBe(302);
  return new URL(res.headers.get('location')!);
}

async function signIn(form = true) {
  const { verifier, challenge } = pkce();
  const back = await authorize(challenge);
  const params = {
    grant_type: 'authorization_code',
    code: back.searchParams.get('code')!,
    code_verifier: verifier,
    redirect_uri: CALLBACK,
    client_id: CLIENT,
  };
  return call(t.sim, '/2/oauth2/token', {
    method: 'POST',
    ...(form ? { form: params } : { body: params }),
  });
}

describe('the consent step', () => {
  it('sends the browser back to the registered callback with a code and the state', async () => {
    const back = await authorize(pkce().challenge);
    expect(`${back.origin}${back.pathname}`).toBe(CALLBACK);
    expect(back.searchParams.get('state')).toBe('xyz');
    expect(back.searchParams.get('code')).toMatch(/^\w{20,}$/);
  });

  it.each([
    ['an unknown client', { client_id: 'someone-else' }],
    ['a callback that is not registered', { redirect_uri: 'http://127.0.0.1:53682/callback/' }],
    ['a callback on another host', { redirect_uri: 'https://evil.example/callback' }],
  ])('shows an error page and redirects nowhere for %s', async (_name, params) => {
    const res = await call(t.sim, authorizePath({ code_challenge: pkce().challenge, ...params }));
    expect(res.status).toBe(400);
    expect(res.headers.get('location')).toBeNull();
  });

  it.each([
    ['no PKCE challenge', { code_challenge: '' }, 'invalid_request'],
    [
      'an unknown scope',
      { code_challenge: 'abc', scope: 'tweet.read everything' },
      'invalid_scope',
    ],
    [
      'another response type',
      { code_challenge: 'abc', response_type: 'token' },
      'unsupported_response_type',
    ],
  ])('returns an OAuth error to the callback for %s', async (_name, params, error) => {
    const res = await call(t.sim, authorizePath(params));
    const back = new URL(res.headers.get('location')!);
    expect(back.searchParams.get('error')).toBe(error);
    expect(back.searchParams.get('state')).toBe('xyz');
  });

  it('signs in the account a test chooses', async () => {
    t.sim.controls.setAuthorizeAs(t.sim.accounts.personal.username);
    const tokens = (await signIn()).body;
    const me = await call(t.sim, '/2/users/me', { token: tokens.access_token });
    expect(me.body.data.username).toBe(t.sim.accounts.personal.username);
  });
});

describe('the token endpoint', () => {
  it.each([
    ['form-encoded', true],
    ['JSON', false],
  ])('exchanges a code for tokens (%s body)', async (_name, form) => {
    const res = await signIn(form);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      token_type: 'bearer',
      expires_in: 7200,
      access_token: expect.any(String),
      refresh_token: expect.any(String),
      scope: 'tweet.read users.read offline.access',
    });
    const me = await call(t.sim, '/2/users/me', { token: res.body.access_token });
    expect(me.body.data.id).toBe(t.sim.accounts.brand.id);
  });

  it('gives no refresh token without offline.access', async () => {
    const { verifier, challenge } = pkce();
    const back = await authorize(challenge, { scope: 'tweet.read users.read' });
    const res = await call(t.sim, '/2/oauth2/token', {
      method: 'POST',
      form: {
        grant_type: 'authorization_code',
        code: back.searchParams.get('code')!,
        code_verifier: verifier,
        redirect_uri: CALLBACK,
        client_id: CLIENT,
      },
    });
    expect(res.status).toBe(200);
    expect(res.body.refresh_token).toBeUndefined();
  });

  it('refuses a wrong verifier, a code used twice, a code older than 30 seconds and a different redirect_uri', async () => {
    const exchange = (code: string, verifier: string, redirect = CALLBACK) =>
      call(t.sim, '/2/oauth2/token', {
        method: 'POST',
        form: {
          grant_type: 'authorization_code',
          code,
          code_verifier: verifier,
          redirect_uri: redirect,
          client_id: CLIENT,
        },
      });

    const a = pkce();
    const codeA = (await authorize(a.challenge)).searchParams.get('code')!;
    const wrong = await exchange(codeA, pkce().verifier);
    expect(wrong.status).toBe(400);
    expect(wrong.body.error).toBe('invalid_request');

    const b = pkce();
    const codeB = (await authorize(b.challenge)).searchParams.get('code')!;
    expect((await exchange(codeB, b.verifier)).status).toBe(200);
    expect((await exchange(codeB, b.verifier)).status).toBe(400);

    const c = pkce();
    const codeC = (await authorize(c.challenge)).searchParams.get('code')!;
    t.clock.advance(30 * 1000 + 1);
    expect((await exchange(codeC, c.verifier)).status).toBe(400);

    const d = pkce();
    const codeD = (await authorize(d.challenge)).searchParams.get('code')!;
    t.clock.advance(29 * 1000);
    expect((await exchange(codeD, d.verifier, 'http://127.0.0.1:53682/other')).status).toBe(400);
  });

  it('rotates refresh tokens, and a reused one revokes the whole chain', async () => {
    const first = (await signIn()).body;
    const refresh = (token: string) =>
      call(t.sim, '/2/oauth2/token', {
        method: 'POST',
        body: { grant_type: 'refresh_token', refresh_token: token, client_id: CLIENT },
      });
    const second = await refresh(first.refresh_token);
    expect(second.status).toBe(200);
    expect(second.body.refresh_token).not.toBe(first.refresh_token);
    expect((await call(t.sim, '/2/users/me', { token: second.body.access_token })).status).toBe(
      200,
    );

    const reused = await refresh(first.refresh_token);
    expect(reused.status).toBe(400);
    expect(reused.body).toEqual({
      error: 'invalid_request',
      error_description: 'Value passed for the token was invalid.',
    });
    expect((await call(t.sim, '/2/users/me', { token: second.body.access_token })).status).toBe(
      401,
    );
    expect((await refresh(second.body.refresh_token)).status).toBe(400);
  });

  it('lets access tokens expire after two hours of simulated time', async () => {
    const tokens = (await signIn()).body;
    t.clock.advance(2 * 60 * MIN - 1000);
    expect((await call(t.sim, '/2/users/me', { token: tokens.access_token })).status).toBe(200);
    t.clock.advance(1000);
    const expired = await call(t.sim, '/2/users/me', { token: tokens.access_token });
    expect(expired.status).toBe(401);
    expect(expired.body).toEqual({
      title: 'Unauthorized',
      type: 'about:blank',
      status: 401,
      detail: 'Unauthorized',
    });
  });

  it('revokes tokens', async () => {
    const tokens = (await signIn()).body;
    const res = await call(t.sim, '/2/oauth2/revoke', {
      method: 'POST',
      form: { token: tokens.access_token, client_id: CLIENT, token_type_hint: 'access_token' },
    });
    expect(res.body).toEqual({ revoked: true });
    expect((await call(t.sim, '/2/users/me', { token: tokens.access_token })).status).toBe(401);
  });

  it('wants Basic authentication from a confidential client', async () => {
    const noAuth = await call(t.sim, '/2/oauth2/token', {
      method: 'POST',
      form: { grant_type: 'refresh_token', refresh_token: 'x', client_id: 'confidential' },
    });
    expect(noAuth.status).toBe(401);
    expect(noAuth.body.error).toBe('unauthorized_client');
    const basic = `Basic ${Buffer.from('confidential:s3cret').toString('base64')}`;
    const app = await call(t.sim, '/oauth2/token', {
      method: 'POST',
      form: { grant_type: 'client_credentials' },
      headers: { authorization: basic },
    });
    expect(app.status).toBe(200);
    const lookup = await call(t.sim, `/2/users/${t.sim.accounts.brand.id}`, {
      token: app.body.access_token,
    });
    expect(lookup.headers.get('x-rate-limit-limit')).toBe('300');
    const me = await call(t.sim, '/2/users/me', { token: app.body.access_token });
    expect(me.status).toBe(403);
    expect(me.body.type).toBe('https://api.twitter.com/2/problems/unsupported-authentication');
  });
});

describe('with twitter-api-v2', () => {
  it('signs in through the PKCE flow, refreshes and revokes', async () => {
    const app = new TwitterApi(
      { clientId: CLIENT },
      { plugins: [simPlugin(t.sim)], httpAgent: new http.Agent() },
    );
    const link = app.generateOAuth2AuthLink(CALLBACK, {
      scope: ['tweet.read', 'users.read', 'offline.access'],
    });
    const consent = await call(t.sim, new URL(link.url).pathname + new URL(link.url).search);
    const back = new URL(consent.headers.get('location')!);
    expect(back.searchParams.get('state')).toBe(link.state);
    const login = await app.loginWithOAuth2({
      code: back.searchParams.get('code')!,
      codeVerifier: link.codeVerifier,
      redirectUri: CALLBACK,
    });
    expect(login.expiresIn).toBe(7200);
    const me = await clientFor(t.sim, login.accessToken).v2.me();
    expect(me.data.username).toBe('quillory');

    const refreshed = await app.refreshOAuth2Token(login.refreshToken!);
    expect(refreshed.refreshToken).not.toBe(login.refreshToken);
    await expect(app.refreshOAuth2Token(login.refreshToken!)).rejects.toMatchObject({ code: 400 });
    await app.revokeOAuth2Token(refreshed.accessToken);
  });
});
