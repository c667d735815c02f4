import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MAX_MISSPELLINGS,
  suggestMisspellings,
} from '../../../../src/shared/search/misspellings';

const NAMES = [
  'Gillette',
  'Acme Widgets',
  'TimeDeck',
  'Timedeck',
  'Café Olé',
  'Bo',
  'Mississippi',
  'iPhone',
  'A B C D',
];

describe('suggestMisspellings', () => {
  it.each(NAMES)('never suggests %j itself, in any case, nor the same thing twice', (name) => {
    const suggestions = suggestMisspellings(name, { max: 200 });
    const lower = name.toLowerCase();
    expect(suggestions.map((s) => s.toLowerCase())).not.toContain(lower);
    expect(new Set(suggestions).size).toBe(suggestions.length);
  });

  it.each(NAMES)('gives the same list for %j every time', (name) => {
    expect(suggestMisspellings(name)).toEqual(suggestMisspellings(name));
  });

  it('bounds the count', () => {
    expect(suggestMisspellings('Mississippi')).toHaveLength(DEFAULT_MAX_MISSPELLINGS);
    expect(suggestMisspellings('Mississippi', { max: 5 })).toHaveLength(5);
    expect(suggestMisspellings('Mississippi', { max: 0 })).toEqual([]);
    expect(suggestMisspellings('Mississippi', { max: 10_000 }).length).toBeLessThanOrEqual(200);
    expect(suggestMisspellings('   ')).toEqual([]);
  });

  it('suggests a doubled letter written once first', () => {
    const s = suggestMisspellings('Gillette');
    expect(s.slice(0, 2).sort()).toEqual(['gilette', 'gillete']);
  });

  it('suggests joined words first for a name of several words', () => {
    expect(suggestMisspellings('Acme Widgets')[0]).toBe('acmewidgets');
    const s = suggestMisspellings('A Big Name', { max: 200 });
    expect(s.slice(0, 3).sort()).toEqual(['a bigname', 'abig name', 'abigname']);
  });

  it('suggests a space where the written name changes case', () => {
    expect(suggestMisspellings('TimeDeck')).toContain('time deck');
    expect(suggestMisspellings('Timedeck', { max: 200 })).not.toContain('time deck');
  });

  it('suggests swapped, dropped and doubled letters and neighbouring keys', () => {
    const s = suggestMisspellings('Timedeck', { max: 200 });
    expect(s).toEqual(
      expect.arrayContaining([
        'tiemdeck', // swap
        'timdeck', // dropped vowel
        'timedek', // dropped consonant
        'timmedeck', // doubled
        'timedrck', // e -> r, next to it
      ]),
    );
  });

  it('ranks likely slips above unlikely ones', () => {
    const s = suggestMisspellings('Gillette', { max: 200 });
    const rank = (x: string) => {
      const i = s.indexOf(x);
      expect(i, x).toBeGreaterThanOrEqual(0);
      return i;
    };
    const undoubled = rank('gilette');
    const swapped = rank('gilltete');
    const vowelDropped = rank('gllette');
    const doubled = rank('gilleette');
    const neighbourKey = rank('gillwtte');
    expect(undoubled).toBeLessThan(swapped);
    expect(swapped).toBeLessThan(vowelDropped);
    expect(vowelDropped).toBeLessThan(doubled);
    expect(doubled).toBeLessThan(neighbourKey);
    // The first letter is rarely wrong: the same slip ranks lower there.
    expect(rank('igllette')).toBeGreaterThan(swapped);
    expect(rank('fillette')).toBeGreaterThan(neighbourKey);
  });

  it('suggests nothing shorter than three letters', () => {
    for (const s of suggestMisspellings('Bo', { max: 200 })) {
      expect(s.replace(/ /g, '').length).toBeGreaterThanOrEqual(3);
    }
    expect(suggestMisspellings('Acme', { max: 200 }).every((s) => s.length >= 3)).toBe(true);
  });

  it('returns lower case, as X search ignores case', () => {
    for (const s of suggestMisspellings('iPhone', { max: 200 })) expect(s).toBe(s.toLowerCase());
  });
});
