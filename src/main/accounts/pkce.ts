import { createHash, timingSafeEqual } from 'node:crypto';

export type RandomBytes = (size: number) => Buffer;

/** RFC 7636: a 43-character verifier from 32 random bytes, and its S256 challenge. */
export function createPkcePair(random: RandomBytes) {
  const verifier = random(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  return { verifier, challenge };
}

export const createState = (random: RandomBytes) => random(24).toString('base64url');

/** Compares a returned state with the one sent without leaking how much of it matched. */
export function sameState(expected: string, received: string | null): boolean {
  if (received === null) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(received);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function authorizeUrl(options: {
  authorizeEndpoint: string;
  clientId: string;
  redirectUri: string;
  scopes: string[];
  state: string;
  challenge: string;
}): string {
  const url = new URL(options.authorizeEndpoint);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: options.clientId,
    redirect_uri: options.redirectUri,
    scope: options.scopes.join(' '),
    state: options.state,
    code_challenge: options.challenge,
    code_challenge_method: 'S256',
  }).toString();
  return url.href;
}

/** X's consent page lives on x.com, not on the API host; the simulator serves both itself. */
export const authorizeEndpointFor = (apiBaseUrl: string) => {
  const api = new URL(apiBaseUrl);
  return api.hostname === 'api.x.com' || api.hostname === 'api.twitter.com'
    ? 'https://x.com/i/oauth2/authorize'
    : new URL('/i/oauth2/authorize', api).href;
};
