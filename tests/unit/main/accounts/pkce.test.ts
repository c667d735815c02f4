import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  authorizeEndpointFor,
  authorizeUrl,
  createPkcePair,
  createState,
  sameState,
} from '../../../../src/main/accounts/pkce';

describe('PKCE', () => {
  it('makes a 43-character verifier and its S256 challenge (RFC 7636)', () => {
    const { verifier, challenge } = createPkcePair(randomBytes);
    expect(verifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(challenge).toBe(createHash('sha256').update(verifier).digest('base64url'));
  });

  it('matches the RFC 7636 appendix B example', () => {
    const bytes = Buffer.from([
      116, 24, 223, 180, 151, 153, 224, 37, 79, 250, 96, 125, 216, 173, 187, 186, 22, 212, 37, 77,
      105, 214, 191, 240, 91, 88, 5, 88, 83, 132, 141, 121,
    ]);
    const pair = createPkcePair(() => bytes);
    expect(pair.verifier).toBe('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk');
    expect(pair.challenge).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });

  it('never repeats a state, and compares states exactly', () => {
    const a = createState(randomBytes);
    expect(a).not.toBe(createState(randomBytes));
    expect(sameState(a, a)).toBe(true);
    expect(sameState(a, `${a}x`)).toBe(false);
    expect(sameState(a, a.slice(0, -1) + (a.endsWith('A') ? 'B' : 'A'))).toBe(false);
    expect(sameState(a, null)).toBe(false);
  });

  it('builds the authorize URL X documents, scopes space-separated', () => {
    const url = new URL(
      authorizeUrl({
        authorizeEndpoint: 'https://x.com/i/oauth2/authorize',
        clientId: 'abc',
        redirectUri: 'http://127.0.0.1:53682/callback',
        scopes: ['tweet.read', 'users.read', 'offline.access'],
        state: 's1',
        challenge: 'c1',
      }),
    );
    expect(url.origin + url.pathname).toBe('https://x.com/i/oauth2/authorize');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: 'code',
      client_id: 'abc',
      redirect_uri: 'http://127.0.0.1:53682/callback',
      scope: 'tweet.read users.read offline.access',
      state: 's1',
      code_challenge: 'c1',
      code_challenge_method: 'S256',
    });
  });

  it('sends the consent step to x.com for X, and to the simulator itself otherwise', () => {
    expect(authorizeEndpointFor('https://api.x.com')).toBe('https://x.com/i/oauth2/authorize');
    expect(authorizeEndpointFor('https://api.twitter.com')).toBe(
      'https://x.com/i/oauth2/authorize',
    );
    expect(authorizeEndpointFor('http://127.0.0.1:4567')).toBe(
      'http://127.0.0.1:4567/i/oauth2/authorize',
    );
  });
});
