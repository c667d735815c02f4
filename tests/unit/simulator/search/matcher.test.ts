import { describe, expect, it } from 'vitest';
import { matches, type SearchablePost } from '../../../../src/simulator/search/matcher';
import { parseQuery } from '../../../../src/simulator/search/parser';

function post(over: Partial<SearchablePost>): SearchablePost {
  return {
    id: '10',
    text: '',
    lang: 'en',
    authorId: '1',
    authorUsername: 'inkyfingers_jo',
    authorVerified: false,
    conversationId: '10',
    mentions: [],
    hashtags: [],
    cashtags: [],
    urls: [],
    mediaTypes: [],
    likes: 0,
    replies: 0,
    reposts: 0,
    ...over,
  };
}

const question = post({
  text: '@quillory my Harbour Blue keeps skipping, is that the converter? #fountainpen $SHOP https://t.co/abc',
  mentions: ['quillory'],
  hashtags: ['fountainpen'],
  cashtags: ['SHOP'],
  urls: [{ url: 'https://t.co/abc', expandedUrl: 'https://quillory.shop/help/ink-flow' }],
  mediaTypes: ['photo'],
  likes: 12,
});
const reply = post({
  id: '11',
  text: '@inkyfingers_jo Usually the converter!',
  authorId: '2',
  authorUsername: 'quillory',
  authorVerified: true,
  conversationId: '10',
  inReplyToUserId: '1',
  inReplyToUsername: 'inkyfingers_jo',
  repliedToId: '10',
  mentions: ['inkyfingers_jo'],
});
const repost = post({
  id: '12',
  text: 'RT @quillory: New ink!',
  retweetedId: '9',
  retweetedAuthorId: '2',
  retweetedAuthorUsername: 'quillory',
  mentions: ['quillory'],
});
const french = post({
  id: '13',
  text: "Quelqu'un a essayé l'encre de Quilory ? Elle est très jolie",
  lang: 'fr',
  quotedId: '9',
});

const ctx = { listMembers: (id: string) => (id === '77' ? ['2'] : undefined) };
const run = (q: string, p: SearchablePost) => matches(parseQuery(q, 512), p, ctx);

describe('matches', () => {
  it.each([
    ['skipping', question, true],
    ['SKIPPING', question, true],
    ['skip', question, false],
    ['quillory', question, true],
    ['"harbour blue"', question, true],
    ['"blue harbour"', question, false],
    ['harbour blue', question, true],
    ['harbour -skipping', question, false],
    ['converter OR nothing', question, true],
    ['(nothing OR else) converter', question, false],
    ['quilory', french, true],
    ['tres jolie', french, true],
    ['"très jolie"', french, true],
    ['@quillory', question, true],
    ['@QUILLORY', question, true],
    ['@quillory', french, false],
    ['#fountainpen', question, true],
    ['#FountainPen', question, true],
    ['#pen', question, false],
    ['$shop', question, true],
    ['from:inkyfingers_jo', question, true],
    ['from:1', question, true],
    ['from:quillory', question, false],
    ['to:inkyfingers_jo', reply, true],
    ['to:inkyfingers_jo', question, false],
    ['converter is:reply', reply, true],
    ['converter is:reply', question, false],
    ['converter -is:reply', question, true],
    ['ink is:retweet', repost, true],
    ['ink is:quote', repost, false],
    ['encre is:quote', french, true],
    ['converter is:verified', reply, true],
    ['converter has:links', question, true],
    ['converter has:links', reply, false],
    ['converter has:media has:images', question, true],
    ['converter has:video_link', question, false],
    ['converter has:mentions has:hashtags has:cashtags', question, true],
    ['converter has:hashtags', reply, false],
    ['encre lang:fr', french, true],
    ['encre lang:en', french, false],
    ['url:quillory.shop/help', question, true],
    ['url:"https://t.co/abc"', question, true],
    ['url:example.com', question, false],
    ['conversation_id:10', reply, true],
    ['in_reply_to_tweet_id:10', reply, true],
    ['retweets_of:quillory', repost, true],
    ['retweets_of_tweet_id:9', repost, true],
    ['quotes_of_tweet_id:9', french, true],
    ['list:77', reply, true],
    ['list:77', question, false],
    ['list:78', reply, false],
    ['min_likes:10 skipping', question, true],
    ['min_likes:13 skipping', question, false],
    ['place:bristol', question, false],
    ['skipping -is:nullcast', question, true],
  ])('%s on %#', (q, p, expected) => expect(run(q, p)).toBe(expected));
});
