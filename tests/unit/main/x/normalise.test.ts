import { describe, expect, it } from 'vitest';
import { toPost, toPostPage, toUser } from '../../../../src/main/x/normalise';
import { RawTweet, RawTweetList } from '../../../../src/main/x/x-raw';
import { PostPageSchema, PostSchema, XUserSchema } from '../../../../src/shared/x/types';

// X's documented answer shapes (docs: data dictionary), as the parser receives them.
const reply = RawTweet.parse({
  id: '1790000000000000002',
  text: '@acme Is $ACME on sale? #deal https://t.co/abc',
  created_at: '2026-06-10T12:00:00.000Z',
  author_id: '200',
  conversation_id: '1790000000000000001',
  in_reply_to_user_id: '100',
  referenced_tweets: [{ type: 'replied_to', id: '1790000000000000001' }],
  entities: {
    mentions: [{ start: 0, end: 5, username: 'acme', id: '100' }],
    cashtags: [{ start: 9, end: 14, tag: 'ACME' }],
    hashtags: [{ start: 24, end: 29, tag: 'deal', extra: 'dropped' }],
    urls: [
      {
        start: 30,
        end: 53,
        url: 'https://t.co/abc',
        expanded_url: 'https://acme.example/sale',
        display_url: 'acme.example/sale',
      },
    ],
  },
  public_metrics: { retweet_count: 1, reply_count: 2, like_count: 3, quote_count: 4 },
  lang: 'en',
  attachments: { media_keys: ['3_1'] },
  edit_history_tweet_ids: ['1790000000000000002'],
});

describe('normalising X’s posts', () => {
  it('renames, keeps spans and drops what Timedeck does not use', () => {
    const p = toPost(reply);
    expect(PostSchema.parse(p)).toEqual(p);
    expect(p).toMatchObject({
      authorId: '200',
      inReplyToUserId: '100',
      referenced: [{ type: 'replied_to', id: '1790000000000000001' }],
      metrics: { replies: 2, reposts: 1, likes: 3, quotes: 4 },
      mediaKeys: ['3_1'],
    });
    expect(p.entities.urls[0]).toEqual({
      start: 30,
      end: 53,
      url: 'https://t.co/abc',
      expandedUrl: 'https://acme.example/sale',
      displayUrl: 'acme.example/sale',
    });
    expect(p.entities.hashtags[0]).toEqual({ start: 24, end: 29, tag: 'deal' });
    expect(p.text.slice(p.entities.cashtags[0]!.start, p.entities.cashtags[0]!.end)).toBe('$ACME');
  });

  it('shows a long post whole, with the entities of its full text', () => {
    const long = 'a'.repeat(300) + ' #more';
    const p = toPost(
      RawTweet.parse({
        ...reply,
        text: 'a'.repeat(280),
        note_tweet: { text: long, entities: { hashtags: [{ start: 301, end: 306, tag: 'more' }] } },
      }),
    );
    expect(p.text).toBe(long);
    expect(p.entities.hashtags).toEqual([{ start: 301, end: 306, tag: 'more' }]);
    expect(p.entities.mentions).toEqual([]);
  });

  it('gives a bare post empty lists rather than missing ones', () => {
    const p = toPost(
      RawTweet.parse({
        id: '1',
        text: 'hi',
        created_at: '2026-06-10T12:00:00.000Z',
        author_id: '2',
      }),
    );
    expect(p).toEqual({
      id: '1',
      text: 'hi',
      createdAt: '2026-06-10T12:00:00.000Z',
      authorId: '2',
      referenced: [],
      entities: { mentions: [], hashtags: [], cashtags: [], urls: [] },
      mediaKeys: [],
    });
  });

  it('refuses a post without the fields Timedeck always asks for', () => {
    expect(RawTweet.safeParse({ id: '1', text: 'hi' }).success).toBe(false);
  });
});

describe('normalising pages and users', () => {
  it('builds a page with its includes and paging meta', () => {
    const page = toPostPage(
      RawTweetList.parse({
        data: [reply],
        includes: {
          users: [
            {
              id: '200',
              name: 'Pat',
              username: 'pat',
              public_metrics: {
                followers_count: 5,
                following_count: 6,
                tweet_count: 7,
                listed_count: 0,
              },
            },
          ],
          media: [
            {
              media_key: '3_1',
              type: 'photo',
              url: 'https://pbs.twimg.com/x.jpg',
              width: 10,
              height: 20,
            },
          ],
        },
        meta: { result_count: 1, newest_id: reply.id, oldest_id: reply.id, next_token: 'tok' },
      }),
    );
    expect(PostPageSchema.parse(page)).toEqual(page);
    expect(page.meta).toEqual({
      resultCount: 1,
      newestId: reply.id,
      oldestId: reply.id,
      nextToken: 'tok',
    });
    expect(page.includes.users[0]?.metrics).toEqual({
      followers: 5,
      following: 6,
      posts: 7,
      listed: 0,
    });
    expect(page.includes.media[0]).toEqual({
      mediaKey: '3_1',
      type: 'photo',
      url: 'https://pbs.twimg.com/x.jpg',
      width: 10,
      height: 20,
    });
  });

  it('reads an empty search (no data, result_count 0) as an empty page', () => {
    const page = toPostPage(RawTweetList.parse({ meta: { result_count: 0 } }));
    expect(page).toEqual({
      posts: [],
      includes: { users: [], posts: [], media: [] },
      meta: { resultCount: 0 },
    });
  });

  it('normalises a user', () => {
    const u = toUser({ id: '5', name: 'Acme', username: 'acme', verified: true });
    expect(XUserSchema.parse(u)).toEqual({
      id: '5',
      name: 'Acme',
      username: 'acme',
      verified: true,
    });
  });
});
