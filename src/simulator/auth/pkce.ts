import { createHash } from 'node:crypto';

/** RFC 7636: S256 is BASE64URL(SHA256(verifier)); plain is the verifier itself. */
export function challengeOf(verifier: string, method: string): string {
  return method.toLowerCase() === 's256'
    ? createHash('sha256').update(verifier).digest('base64url')
    : verifier;
}

export function verifierMatches(verifier: string, challenge: string, method: string): boolean {
  return /^[A-Za-z0-9\-._~]{43,128}$/.test(verifier) && challengeOf(verifier, method) === challenge;
}
