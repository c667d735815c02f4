import { describe, expect, it } from 'vitest';
import { challengeOf, verifierMatches } from '../../../../src/simulator/auth/pkce';

// RFC 7636, appendix B.
const VERIFIER = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
const CHALLENGE = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM';

describe('PKCE', () => {
  it('computes the S256 challenge of the RFC example, whatever the case of the method', () => {
    expect(challengeOf(VERIFIER, 'S256')).toBe(CHALLENGE);
    expect(challengeOf(VERIFIER, 's256')).toBe(CHALLENGE);
  });

  it.each([
    [VERIFIER, CHALLENGE, 'S256', true],
    [VERIFIER, VERIFIER, 'plain', true],
    [VERIFIER, CHALLENGE, 'plain', false],
    [`${VERIFIER}x`, CHALLENGE, 'S256', false],
    ['too-short', challengeOf('too-short', 'S256'), 'S256', false],
  ])('verifier %s against %s (%s) → %s', (verifier, challenge, method, ok) => {
    expect(verifierMatches(verifier, challenge, method)).toBe(ok);
  });
});
