import { describe, expect, it } from 'vitest';
import {
  searchQueryWithFilters,
  ColumnFiltersSchema,
  NO_FILTERS,
  applyFilters,
  excludeParam,
  filtersToOperators,
  type ColumnFilters,
  type FilterablePost,
} from '../../../../src/shared/search/column-filters';
import { isInLanguage } from '../../../../src/shared/search/languages';

interface P extends FilterablePost {
  id: string;
}

const post = (id: string, over: Partial<P> = {}): P => ({
  id,
  text: `post ${id}`,
  authorId: '1',
  referenced: [],
  mediaKeys: [],
  lang: 'en',
  entities: { urls: [] },
  ...over,
});

const users = { '1': { username: 'Alice' }, '2': { username: 'spam_bot' } };

const POSTS: P[] = [
  post('plain'),
  post('repost', { referenced: [{ type: 'retweeted', id: '9' }] }),
  post('reply', { referenced: [{ type: 'replied_to', id: '9' }] }),
  post('quote', { referenced: [{ type: 'quoted', id: '9' }] }),
  post('link', { entities: { urls: [{ start: 0, end: 1, url: 'https://t.co/a' }] } }),
  post('media', { mediaKeys: ['3_1'] }),
  post('french', { lang: 'fr' }),
  post('nolang', { lang: undefined }),
  post('spammer', { authorId: '2' }),
  post('unknown-author', { authorId: '404' }),
];

const visible = (filters: Partial<ColumnFilters>, posts: P[] = POSTS) =>
  applyFilters(posts, filters, users).map((p) => p.id);
const all = POSTS.map((p) => p.id);
const allBut = (...hidden: string[]) => all.filter((id) => !hidden.includes(id));

describe('filtersToOperators', () => {
  it.each<[string, Partial<ColumnFilters>, string[]]>([
    ['no filters', NO_FILTERS, []],
    ['hide reposts', { hideReposts: true }, ['-is:retweet']],
    ['hide replies', { hideReplies: true }, ['-is:reply']],
    ['only links', { onlyLinks: true }, ['has:links']],
    ['only media', { onlyMedia: true }, ['has:media']],
    ['language', { lang: 'zh-CN' }, ['lang:zh-CN']],
    [
      'muted words',
      { mutedWords: ['spoiler', 'Free Stuff', 'SPOILER', '#ad', 'OR'] },
      ['-spoiler', '-"Free Stuff"', '-#ad', '-"OR"'],
    ],
    [
      'muted accounts',
      { mutedAccounts: ['@bot', 'BOT', 'other_1'] },
      ['-from:bot', '-from:other_1'],
    ],
  ])('%s', (_, filters, operators) => {
    expect(filtersToOperators(filters)).toEqual(operators);
  });

  it('gives X exclude values for the timelines that take them', () => {
    expect(excludeParam({ hideReposts: true, hideReplies: true })).toEqual(['retweets', 'replies']);
    expect(excludeParam({ onlyMedia: true })).toEqual([]);
  });
});

describe('ColumnFiltersSchema', () => {
  it('hides nothing by default', () => {
    expect(ColumnFiltersSchema.parse({})).toEqual({
      hideReposts: false,
      hideReplies: false,
      onlyLinks: false,
      onlyMedia: false,
      mutedWords: [],
      mutedAccounts: [],
    });
    expect(visible(NO_FILTERS)).toEqual(all);
  });

  it('tidies muted words and accounts', () => {
    const f = ColumnFiltersSchema.parse({
      mutedWords: ['  big   sale '],
      mutedAccounts: ['@Bot_1'],
    });
    expect(f.mutedWords).toEqual(['big sale']);
    expect(f.mutedAccounts).toEqual(['Bot_1']);
  });

  it.each<[string, unknown]>([
    ['an unknown language', { lang: 'english' }],
    ['an empty muted word', { mutedWords: ['  '] }],
    ['a username with punctuation', { mutedAccounts: ['bad-name'] }],
  ])('refuses %s', (_, input) => {
    expect(ColumnFiltersSchema.safeParse(input).success).toBe(false);
  });
});

describe('applyFilters', () => {
  it.each<[string, Partial<ColumnFilters>, string[]]>([
    ['hide reposts', { hideReposts: true }, allBut('repost')],
    ['hide replies', { hideReplies: true }, allBut('reply')],
    ['only links', { onlyLinks: true }, ['link']],
    ['only media', { onlyMedia: true }, ['media']],
    ['French only', { lang: 'fr' }, ['french']],
    ['muted account, any case, with @', { mutedAccounts: ['@SPAM_BOT'] }, allBut('spammer')],
    [
      'several filters at once',
      { hideReposts: true, hideReplies: true, mutedAccounts: ['alice'] },
      ['spammer', 'unknown-author'],
    ],
  ])('%s', (_, filters, shown) => {
    expect(visible(filters)).toEqual(shown);
  });

  it.each<[string, string, boolean]>([
    ['cat', 'My cat is great', true],
    ['cat', 'CAT!', true],
    ['cat', '(cat)', true],
    ['cat', 'category', false],
    ['cat', 'bobcat', false],
    ['cat', 'cat_food', false],
    ['new york', 'Back in New  York today', true],
    ['new york', 'newyork', false],
    ['c++', 'I write C++ daily', true],
    ['#ad', 'great stuff #ad', true],
    ['#ad', 'great stuff #adventure', false],
    ['<3', 'love it &lt;3', true],
    ['café', 'Café au lait', true],
    ['straße', 'STRASSE', false],
    ['x.y', 'xzy', false],
  ])('muting %j hides %j: %s', (word, text, hidden) => {
    expect(visible({ mutedWords: [word] }, [post('p', { text })])).toEqual(hidden ? [] : ['p']);
  });

  it('keeps the order of the posts it keeps', () => {
    const posts = [
      post('3'),
      post('1', { mediaKeys: ['m'] }),
      post('2'),
      post('0', { mediaKeys: ['m'] }),
    ];
    expect(visible({ onlyMedia: true }, posts)).toEqual(['1', '0']);
  });

  it.each<[string | undefined, string, boolean]>([
    ['en', 'en', true],
    ['EN', 'en', true],
    ['en-GB', 'en', true],
    ['zh', 'zh-CN', true],
    ['zh', 'zh-TW', true],
    ['he', 'iw', true],
    ['iw', 'iw', true],
    ['id', 'in', true],
    ['fr', 'en', false],
    [undefined, 'en', false],
    ['und', 'en', false],
  ])('a post in %j is in %j: %s', (postLang, lang, expected) => {
    expect(isInLanguage(postLang, lang)).toBe(expected);
  });
});

describe('searchQueryWithFilters', () => {
  it.each([
    ['quillory', {}, 'quillory'],
    ['quillory', { hideReposts: true }, 'quillory -is:retweet'],
    ['quillory -is:retweet', { hideReposts: true }, 'quillory -is:retweet'],
    ['quillory OR quilory', { hideReplies: true }, '(quillory OR quilory) -is:reply'],
    ['(quillory OR quilory)', { onlyLinks: true }, '(quillory OR quilory) has:links'],
    ['quillory OR quilory', {}, 'quillory OR quilory'],
    ['(quillory) OR (quilory)', { hideReplies: true }, '((quillory) OR (quilory)) -is:reply'],
  ])('%s with %j is %s', (query, filters, expected) => {
    expect(searchQueryWithFilters(query, filters)).toBe(expected);
  });
});
