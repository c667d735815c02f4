import { describe, expect, it } from 'vitest';
import {
  listsMisspelling,
  misspellingSuggestions,
  toggleMisspelling,
} from '../../../../../src/renderer/src/components/settings/misspelling-suggestions';

describe('misspellingSuggestions', () => {
  it('suggests for every brand name given, about thirty in all, never a name itself', () => {
    const out = misspellingSuggestions('Quillory, Gillette');
    expect(out.length).toBeLessThanOrEqual(30);
    expect(out).toEqual(expect.arrayContaining(['quillery', 'gilette']));
    expect(out).not.toContain('quillory');
    expect(new Set(out).size).toBe(out.length);
  });

  it('adds keyboard slips only when asked', () => {
    expect(misspellingSuggestions('Tesla')).not.toContain('telsa');
    expect(misspellingSuggestions('Tesla', { keyboardTypos: true })).toContain('telsa');
  });

  it('suggests nothing without a brand name', () => {
    expect(misspellingSuggestions('  ')).toEqual([]);
  });
});

describe('toggleMisspelling', () => {
  it('adds a ticked term at the end and keeps what the user wrote', () => {
    expect(toggleMisspelling('gilete\nMy Own Typo', 'gilette', true)).toBe(
      'gilete\nMy Own Typo\ngilette',
    );
  });

  it('removes an unticked term in any case, and never lists one twice', () => {
    expect(toggleMisspelling('Gilette\nother', 'gilette', false)).toBe('other');
    expect(toggleMisspelling('gilette', 'gilette', true)).toBe('gilette');
    expect(listsMisspelling('a\nGilette', 'gilette')).toBe(true);
    expect(listsMisspelling('a', 'gilette')).toBe(false);
  });
});
