import { describe, expect, it } from 'vitest';
import { QUERY_LIMITS, isKeywordQuery, parseQuery } from '../../../../src/simulator/search/parser';
import { tokenize } from '../../../../src/simulator/search/tokenizer';
import type { QueryNode } from '../../../../src/simulator/search/ast';

/** A compact rendering of the AST, so the table below reads like the queries. */
function show(node: QueryNode): string {
  switch (node.type) {
    case 'and':
      return `(${node.children.map(show).join(' AND ')})`;
    case 'or':
      return `(${node.children.map(show).join(' OR ')})`;
    case 'not':
      return `NOT ${show(node.child)}`;
    case 'keyword':
      return node.value;
    case 'phrase':
      return `"${node.value}"`;
    case 'mention':
      return `@${node.username}`;
    case 'hashtag':
      return `#${node.tag}`;
    case 'cashtag':
      return `$${node.tag}`;
    case 'operator':
      return `${node.name}:${node.value}`;
  }
}

const parse = (q: string) => show(parseQuery(q, QUERY_LIMITS['self-serve']));

describe('tokenize', () => {
  it('splits terms, phrases, parentheses, OR and negations with 1-based positions', () => {
    expect(tokenize('-(a "b c") OR url:"https://x.com/a b"')).toEqual([
      { kind: 'lparen', negated: true, position: 1 },
      { kind: 'leaf', text: 'a', quoted: false, negated: false, position: 3 },
      { kind: 'leaf', text: 'b c', quoted: true, negated: false, position: 5 },
      { kind: 'rparen', position: 10 },
      { kind: 'or', position: 12 },
      {
        kind: 'leaf',
        text: 'url:"https://x.com/a b"',
        quoted: false,
        negated: false,
        position: 15,
      },
    ]);
  });

  it('treats lower-case or as a word', () => {
    expect(tokenize('a or b').map((t) => t.kind)).toEqual(['leaf', 'leaf', 'leaf']);
  });
});

describe('parseQuery', () => {
  it.each([
    ['quillory', 'quillory'],
    ['quillory quilory', '(quillory AND quilory)'],
    ['quillory OR quilory OR quillery', '(quillory OR quilory OR quillery)'],
    ['apple OR iphone ipad', '(apple OR (iphone AND ipad))'],
    ['ipad iphone OR android', '((ipad AND iphone) OR android)'],
    ['(apple OR iphone) ipad', '((apple OR iphone) AND ipad)'],
    ['"harbour blue" -skipping', '("harbour blue" AND NOT skipping)'],
    ['@quillory -from:quillory', '(@quillory AND NOT from:quillory)'],
    ['#fountainpen $SHOP', '(#fountainpen AND $SHOP)'],
    ['to:quillory is:reply', '(to:quillory AND is:reply)'],
    ['quillory lang:fr -is:retweet', '(quillory AND lang:fr AND NOT is:retweet)'],
    [
      'quillory has:links has:media has:mentions has:hashtags',
      '(quillory AND has:links AND has:media AND has:mentions AND has:hashtags)',
    ],
    ['url:"https://quillory.shop/inks"', 'url:https://quillory.shop/inks'],
    ['conversation_id:2094741490399322116', 'conversation_id:2094741490399322116'],
    ['quillory IS:QUOTE', '(quillory AND is:quote)'],
    [
      '"X data" has:mentions (has:media OR has:links)',
      '("X data" AND has:mentions AND (has:media OR has:links))',
    ],
    ['ink -is:nullcast', '(ink AND NOT is:nullcast)'],
    ['min_likes:10 from:inkjournal', '(min_likes:10 AND from:inkjournal)'],
    ['🖋️ ink', '(🖋️ AND ink)'],
  ])('%s → %s', (query, ast) => expect(parse(query)).toBe(ast));

  it.each([
    ['(quillory OR quilory', "missing ')' at '<EOF>' (at position 1)"],
    ['quillory)', "extraneous input ')' expecting <EOF> (at position 9)"],
    ['quillory ()', "no viable alternative at input '()' (at position 11)"],
    ['quillory OR', "missing term after 'OR' (at position 10)"],
    ['OR quillory', "missing term before 'OR' (at position 1)"],
    ['"unclosed phrase', `token recognition error at: '"unclosed phrase' (at position 1)`],
    ['quillory foo:bar', "Reference to invalid operator 'foo:'"],
    ['quillory is:famous', "Reference to invalid operator 'is:famous'"],
    ['quillory has:cats', "Reference to invalid operator 'has:cats'"],
    ['quillory min_faves:10', "Reference to invalid operator 'min_faves:'"],
    ['has:media', 'Rules must contain at least one positive, standalone clause'],
    ['has:links OR is:retweet', 'Rules must contain at least one positive, standalone clause'],
    ['-quillory', 'Rules must contain at least one positive, standalone clause'],
    ['quillory OR has:media', 'Rules must contain at least one positive, standalone clause'],
    ['quillory is:nullcast', "'is:nullcast' must always be negated"],
    ['conversation_id:abc quillory', "Invalid value 'abc' for operator 'conversation_id:'"],
    ['from:', "Operator 'from:' requires a value"],
    ['', "no viable alternative at input '<EOF>'"],
  ])('refuses %j: %s', (query, message) => {
    expect(() => parseQuery(query, 512)).toThrow(message);
    expect(() => parseQuery(query, 512)).toThrow(/^There were errors processing your request: /);
  });

  it('refuses queries over the access level limit, counting characters not bytes', () => {
    const longest = `quillory ${'é'.repeat(503)}`;
    expect(Array.from(longest)).toHaveLength(512);
    expect(() => parseQuery(longest, 512)).not.toThrow();
    expect(() => parseQuery(`${longest}x`, 512)).toThrow(
      'Query must be at most 512 characters long, it is 513',
    );
    expect(() => parseQuery(`${longest}x`, QUERY_LIMITS.enterprise)).not.toThrow();
  });

  it.each([
    ['quillory', true],
    ['"harbour blue"', true],
    ['from:quillory', false],
    ['from:quillory -ink', false],
    ['@quillory OR #fountainpen', false],
    ['from:quillory (ink OR pen)', true],
  ])('%s is a keyword query: %s', (query, keyword) =>
    expect(isKeywordQuery(parseQuery(query, 512))).toBe(keyword),
  );
});

describe('bracketed operator values', () => {
  it('read `point_radius:[lon lat radius]` and `bounding_box:[w s e n]` as one operator each', () => {
    expect(tokenize('point_radius:[2.355128 48.861118 16km] ink')).toEqual([
      {
        kind: 'leaf',
        text: 'point_radius:[2.355128 48.861118 16km]',
        quoted: false,
        negated: false,
        position: 1,
      },
      { kind: 'leaf', text: 'ink', quoted: false, negated: false, position: 40 },
    ]);
    expect(parse('point_radius:[2.355128 48.861118 16km]')).toBe(
      'point_radius:[2.355128 48.861118 16km]',
    );
    expect(parse('ink -bounding_box:[-105.301758 39.964069 -105.178505 40.09455]')).toBe(
      '(ink AND NOT bounding_box:[-105.301758 39.964069 -105.178505 40.09455])',
    );
    expect(
      parse('(bounding_box:[-2.7 51.4 -2.5 51.5] OR point_radius:[-2.59 51.45 5mi]) ink'),
    ).toBe('((bounding_box:[-2.7 51.4 -2.5 51.5] OR point_radius:[-2.59 51.45 5mi]) AND ink)');
  });

  it('refuses an unclosed bracket and values of the wrong shape', () => {
    expect(() => parse('point_radius:[2.35 48.86 16km')).toThrow(/token recognition error/);
    expect(() => parse('point_radius:[2.35 48.86]')).toThrow(
      /Invalid value '\[2.35 48.86\]' for operator 'point_radius:'/,
    );
    expect(() => parse('point_radius:[2.35 48.86 16]')).toThrow(/km or mi/);
    expect(() => parse('bounding_box:[1 2 3]')).toThrow(/operator 'bounding_box:'/);
  });

  it('leaves brackets in plain words alone', () => {
    expect(parse('[draft] ink')).toBe('([draft] AND ink)');
  });
});
