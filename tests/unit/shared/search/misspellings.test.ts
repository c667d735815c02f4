import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MAX_MISSPELLINGS,
  soundKeys,
  soundsLike,
  suggestMisspellings,
} from '../../../../src/shared/search/misspellings';

/*
 * Real misspellings of real brands, as people typed them, each with where it was published:
 * - MC: money.co.uk's study of misspelt brand searches (Ahrefs data), as reported by
 *   IT-Online, 11 November 2021, https://it-online.co.za/2021/11/11/197683/
 * - WF: WordFinder (YourDictionary), "Brand spelling bee", Google Trends per US state,
 *   https://wordfinder.yourdictionary.com/blog/brand-spelling-bee
 * - AW: Adweek, "brand offbeat spelling", 22 September 2023, on Joor's study (Ahrefs data),
 *   https://www.adweek.com/brand-marketing/brand-offbeat-spelling/
 * - CF: Confused.com's study of misspelt car brands, as reported by HT Auto, 13 June 2022,
 *   https://auto.hindustantimes.com/auto/news/hyundai-volkswagen-porsche-are-most-misspelled-car-brands-on-internet-study/amp-41655099592493.html
 */
const REAL_MISSPELLINGS: ReadonlyArray<[brand: string, misspelt: string, source: string]> = [
  ['Hennessy', 'Henessy', 'MC'],
  ['Hennessy', 'Hennesy', 'MC'],
  ['Hennessy', 'Henesy', 'MC'],
  ['Gillette', 'Gillete', 'MC'],
  ['Gillette', 'Gilette', 'MC'],
  ['Gillette', 'Gilete', 'MC, WF'],
  ['Ferrari', 'Ferari', 'MC'],
  ['Nutella', 'Nutela', 'MC'],
  ['Deloitte', 'Deloite', 'MC'],
  ['Bugatti', 'Bugati', 'MC'],
  ['Lamborghini', 'Lamborgini', 'MC'],
  ['Suzuki', 'Susuki', 'MC'],
  ['Verizon', 'Verison', 'MC'],
  ['Dolce & Gabbana', 'Dolce Gabana', 'MC'],
  ['Dolce & Gabbana', 'Dolce and Gabana', 'MC'],
  ['Porsche', 'Porsh', 'MC'],
  ['Porsche', 'Porshe', 'CF'],
  ['Whirlpool', 'Wirlpool', 'WF'],
  ['Skechers', 'Sketchers', 'WF'],
  ['Febreze', 'Febreeze', 'WF'],
  ['Adidas', 'Addidas', 'AW'],
  ['Chanel', 'Channel', 'AW'],
  ['Tommy Hilfiger', 'Tommy Hillfiger', 'AW'],
  ['Mercedes', 'Mersedes', 'CF'],
  ['Lexus', 'Leksus', 'CF'],
];

/** Keyboard slips from the same sources: found only when keyboard typos are asked for. */
const KEYBOARD_SLIPS: ReadonlyArray<[brand: string, misspelt: string, source: string]> = [
  ['Tesla', 'Telsa', 'CF'],
  ['Chevrolet', 'Chevorlet', 'CF'],
  ['Toyota', 'Totota', 'CF'],
];

/** How the customers of the demo world write its brand (src/simulator/world/cast.ts). */
const DEMO_WORLD = ['Quilory', 'Quillery', 'quillary', 'Quilery', 'Qillory', 'Quillorie'];

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
  "McDonald's",
  'Dolce & Gabbana',
];

describe('suggestMisspellings against real misspellings', () => {
  it.each(REAL_MISSPELLINGS)('%s: finds %j (%s) in the default list', (brand, misspelt) => {
    expect(suggestMisspellings(brand)).toContain(misspelt.toLowerCase());
  });

  it.each(DEMO_WORLD)('Quillory: finds %j among the first ten', (misspelt) => {
    expect(suggestMisspellings('Quillory').slice(0, 10)).toContain(misspelt.toLowerCase());
  });

  it('puts the demo world misspellings in its six-term demo column', () => {
    const six = suggestMisspellings('quillory', { max: 6 });
    expect(six).toEqual(expect.arrayContaining(['quilory', 'quillery', 'quillary', 'quilery']));
  });

  it.each(KEYBOARD_SLIPS)('%s: %j (%s) only with keyboard typos asked for', (brand, misspelt) => {
    expect(suggestMisspellings(brand, { max: 200 })).not.toContain(misspelt.toLowerCase());
    expect(suggestMisspellings(brand, { max: 200, keyboardTypos: true })).toContain(
      misspelt.toLowerCase(),
    );
  });

  it('proposes no keyboard noise by default (the issue: qiullory, quilloyr)', () => {
    const s = suggestMisspellings('Quillory', { max: 200 });
    expect(s).not.toContain('qiullory');
    expect(s).not.toContain('quilloyr');
    expect(s).not.toContain('quillorg');
  });
});

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

  it.each(NAMES)('keeps only variants of %j that sound like it', (name) => {
    const keys = soundKeys(name.toLowerCase());
    for (const s of suggestMisspellings(name, { max: 200 }))
      expect(soundsLike(keys, s), s).toBe(true);
  });

  it('bounds the count at about thirty', () => {
    expect(DEFAULT_MAX_MISSPELLINGS).toBe(30);
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

  it('drops and adds apostrophes and plurals', () => {
    expect(suggestMisspellings("McDonald's").slice(0, 3)).toContain('mcdonalds');
    expect(suggestMisspellings('Sainsburys')).toContain("sainsbury's");
  });

  it('ranks habits above rarer slips: undoubled before ending before vowel swap', () => {
    const s = suggestMisspellings('Quillory', { max: 200 });
    const rank = (x: string) => {
      const i = s.indexOf(x);
      expect(i, x).toBeGreaterThanOrEqual(0);
      return i;
    };
    expect(rank('quilory')).toBeLessThan(rank('quillery'));
    expect(rank('quillery')).toBeLessThan(rank('quilliry'));
  });

  it('ranks keyboard slips after every habit', () => {
    const plain = suggestMisspellings('Quillory', { max: 200 });
    const withKeys = suggestMisspellings('Quillory', { max: 200, keyboardTypos: true });
    expect(plain.length).toBeLessThan(200);
    expect(withKeys.slice(0, plain.length)).toEqual(plain);
    expect(withKeys.length).toBeGreaterThan(plain.length);
  });

  it('suggests nothing shorter than three letters', () => {
    for (const s of suggestMisspellings('Bo', { max: 200, keyboardTypos: true })) {
      expect(s.replace(/ /g, '').length).toBeGreaterThanOrEqual(3);
    }
  });

  it('returns lower case, as X search ignores case', () => {
    for (const s of suggestMisspellings('iPhone', { max: 200 })) expect(s).toBe(s.toLowerCase());
  });
});
