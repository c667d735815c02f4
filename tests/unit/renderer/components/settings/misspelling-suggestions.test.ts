import { describe, expect, it } from 'vitest';
import { withSuggestedMisspellings } from '../../../../../src/renderer/src/components/settings/misspelling-suggestions';

describe('withSuggestedMisspellings', () => {
  it('keeps what the user wrote first, adds suggestions once, never the brand itself', () => {
    const out = withSuggestedMisspellings('Gillette', 'gilete\nMy Own Typo').split('\n');
    expect(out.slice(0, 2)).toEqual(['gilete', 'My Own Typo']);
    expect(out).toContain('gilette');
    expect(out.map((t) => t.toLowerCase())).not.toContain('gillette');
    expect(new Set(out.map((t) => t.toLowerCase())).size).toBe(out.length);
  });

  it('suggests for every brand name given', () => {
    const out = withSuggestedMisspellings('Acme, Timedeck', '');
    expect(out).toMatch(/acm/);
    expect(out).toMatch(/time deck|timdeck|tiemdeck/);
  });
});
