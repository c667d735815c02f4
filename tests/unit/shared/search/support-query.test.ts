import { describe, expect, it } from 'vitest';
import {
  RECENT_SEARCH_QUERY_LIMIT,
  SupportSearchSchema,
  buildQuery,
  splitQuery,
  type SupportSearchInput,
} from '../../../../src/shared/search/support-query';

const spec = (input: SupportSearchInput) => SupportSearchSchema.parse(input);
const termsOfChunk = (c: { brandNames: string[]; misspellings: string[]; products: string[] }) => [
  ...c.brandNames,
  ...c.misspellings,
  ...c.products,
];

describe('buildQuery', () => {
  it.each<[string, SupportSearchInput, string]>([
    ['one name, no parentheses', { brandNames: ['Acme'], excludeReposts: false }, 'Acme'],
    [
      'names, misspellings and products ORed in one group',
      {
        brandNames: ['Acme'],
        misspellings: ['Acmee'],
        products: ['Road Runner Trap'],
        excludeReposts: false,
      },
      '(Acme OR Acmee OR "Road Runner Trap")',
    ],
    ['reposts excluded by default', { brandNames: ['Acme'] }, 'Acme -is:retweet'],
    [
      'the brand’s own posts excluded',
      { brandNames: ['Acme'], excludeAuthors: ['@Acme', 'acme_help'] },
      'Acme -is:retweet -from:Acme -from:acme_help',
    ],
    [
      'every filter',
      {
        brandNames: ['Acme', 'Acme Corp'],
        excludeAuthors: ['acme'],
        excludeReposts: true,
        excludeReplies: true,
        lang: 'fr',
        mustHaveLinks: true,
        mustHaveMedia: true,
        mutedWords: ['giveaway', 'free stuff', 'say "win"'],
        mutedAccounts: ['spammer', 'ACME'],
      },
      '(Acme OR "Acme Corp") -is:retweet -is:reply has:links has:media lang:fr -giveaway -"free stuff" -"say win" -from:acme -from:spammer',
    ],
    [
      'repeats that differ in case, across fields, counted once',
      {
        brandNames: ['Acme', 'ACME'],
        misspellings: ['acme', 'Acmee'],
        products: ['ACMEE'],
        excludeReposts: false,
      },
      '(Acme OR Acmee)',
    ],
    [
      'quotes inside a term',
      { brandNames: ['Acme "Pro" 2'], excludeReposts: false },
      '"Acme Pro 2"',
    ],
    [
      'words X would read as operators',
      { brandNames: ['from:acme', 'OR', 'x (beta)'], excludeReposts: false },
      '("from:acme" OR "OR" OR "x (beta)")',
    ],
    ['empty terms dropped', { brandNames: ['Acme', '  ', '""'], excludeReposts: false }, 'Acme'],
  ])('%s', (_, input, query) => {
    const built = buildQuery(spec(input));
    expect(built.query).toBe(query);
    expect(built.length).toBe(query.length);
    expect(built.fits).toBe(true);
  });

  it('counts distinct terms', () => {
    expect(buildQuery(spec({ brandNames: ['a', 'A', 'b'], products: ['c'] })).terms).toBe(3);
  });

  // (a… OR b… OR c…) -is:retweet = 2 + 200 + 200 + n + 8 + 12 characters.
  const atLength = (n: number) =>
    spec({ brandNames: ['a'.repeat(200), 'b'.repeat(200)], products: ['c'.repeat(n)] });

  it('fits at exactly 512 characters', () => {
    const built = buildQuery(atLength(90));
    expect(RECENT_SEARCH_QUERY_LIMIT).toBe(512);
    expect(built).toMatchObject({ length: 512, limit: 512, fits: true });
  });

  it('does not fit at 513 characters', () => {
    expect(buildQuery(atLength(91))).toMatchObject({ length: 513, fits: false });
  });

  it('measures against another limit when asked (full-archive search: 1,024)', () => {
    expect(buildQuery(atLength(91), 1024)).toMatchObject({ length: 513, limit: 1024, fits: true });
  });
});

describe('the support search schema', () => {
  it('fills defaults and strips @ from usernames', () => {
    expect(
      SupportSearchSchema.parse({ brandNames: ['Acme'], excludeAuthors: [' @acme '] }),
    ).toEqual({
      brandNames: ['Acme'],
      misspellings: [],
      products: [],
      excludeAuthors: ['acme'],
      excludeReposts: true,
      excludeReplies: false,
      mustHaveLinks: false,
      mustHaveMedia: false,
      mutedWords: [],
      mutedAccounts: [],
    });
  });

  it.each<[string, unknown]>([
    ['no term at all', { brandNames: [], products: ['  '] }],
    ['a username with a space', { brandNames: ['a'], excludeAuthors: ['acme help'] }],
    ['a username too long', { brandNames: ['a'], mutedAccounts: ['a'.repeat(16)] }],
    ['a language X does not search', { brandNames: ['a'], lang: 'xx' }],
    ['a term over 200 characters', { brandNames: ['a'.repeat(201)] }],
  ])('refuses %s', (_, input) => {
    expect(SupportSearchSchema.safeParse(input).success).toBe(false);
  });
});

describe('splitQuery', () => {
  it('keeps a search that fits in one chunk', () => {
    const s = spec({ brandNames: ['Acme'], misspellings: ['Acmee'] });
    const split = splitQuery(s);
    expect(split.ok).toBe(true);
    if (!split.ok) return;
    expect(split.chunks).toHaveLength(1);
    expect(buildQuery(split.chunks[0]!).query).toBe(buildQuery(s).query);
  });

  it('splits 513 characters in two, each within 512', () => {
    const split = splitQuery(atLength513());
    expect(split.ok).toBe(true);
    if (!split.ok) return;
    expect(split.chunks).toHaveLength(2);
    for (const c of split.chunks) expect(buildQuery(c).length).toBeLessThanOrEqual(512);
  });

  it('spreads hundreds of products over chunks that fit, each term once, every chunk filtered', () => {
    const products = Array.from({ length: 300 }, (_, i) => `Widget Model ${i} Deluxe`);
    const s = spec({
      brandNames: ['Acme', 'Acme Corp'],
      misspellings: ['Acmee', 'Amce', 'Acme Crop'],
      products,
      excludeAuthors: ['acme'],
      lang: 'en',
      mutedWords: ['giveaway'],
    });
    expect(buildQuery(s).fits).toBe(false);
    const split = splitQuery(s);
    expect(split.ok).toBe(true);
    if (!split.ok) return;

    const shared = ' -is:retweet lang:en -giveaway -from:acme';
    const allTerms = split.chunks.flatMap(termsOfChunk);
    expect(allTerms.sort()).toEqual([...s.brandNames, ...s.misspellings, ...products].sort());
    for (const c of split.chunks) {
      const built = buildQuery(c);
      expect(built.fits).toBe(true);
      expect(built.query.endsWith(shared)).toBe(true);
      expect(c.excludeAuthors).toEqual(['acme']);
    }
    // Brand names lead the first chunk.
    expect(split.chunks[0]!.brandNames).toEqual(['Acme', 'Acme Corp']);
    // Few chunks: no more than twice the characters strictly need.
    const needed = allTerms.reduce((n, t) => n + `"${t}" OR `.length, 0);
    const room = 512 - shared.length - 2;
    expect(split.chunks.length).toBeLessThanOrEqual(2 * Math.ceil(needed / room));
  });

  it('keeps each term in its field', () => {
    const s = spec({
      brandNames: ['a'.repeat(200)],
      misspellings: ['b'.repeat(200)],
      products: ['c'.repeat(200)],
      excludeReposts: false,
    });
    const split = splitQuery(s);
    if (!split.ok) throw new Error(split.message);
    expect(
      split.chunks.map((c) => [c.brandNames.length, c.misspellings.length, c.products.length]),
    ).toEqual([
      [1, 1, 0],
      [0, 0, 1],
    ]);
  });

  it('explains when one term and the shared exclusions cannot fit', () => {
    const s = spec({
      brandNames: ['Acme', 'x'.repeat(200)],
      mutedWords: Array.from({ length: 40 }, (_, i) => `spamword${i}`),
    });
    const split = splitQuery(s);
    expect(split.ok).toBe(false);
    if (split.ok) return;
    expect(split.term).toBe('x'.repeat(200));
    expect(split.message).toContain('X allows 512');
    expect(split.message).toMatch(/exclusions/);
  });

  it('explains when a term alone is longer than the limit', () => {
    const split = splitQuery(spec({ brandNames: ['Acme Widgets'], excludeReposts: false }), 10);
    expect(split).toEqual({
      ok: false,
      term: 'Acme Widgets',
      message: '“Acme Widgets” takes 14 characters; X allows 10. Shorten it.',
    });
  });
});

function atLength513() {
  return spec({ brandNames: ['a'.repeat(200), 'b'.repeat(200)], products: ['c'.repeat(91)] });
}
