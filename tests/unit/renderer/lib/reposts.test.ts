import { describe, expect, it } from 'vitest';
import {
  isRepost,
  originalFromRepost,
  shownAuthor,
  shownPost,
} from '../../../../src/renderer/src/lib/reposts';
import { post, user } from '../fixtures';

describe('shownPost', () => {
  it('shows the original of a repost, saying who reposted', () => {
    const original = post('5', { authorId: '1' });
    const repost = post('9', { authorId: '2', referenced: [{ type: 'retweeted', id: '5' }] });
    expect(shownPost(repost, new Map([['5', original]]))).toEqual({
      shown: original,
      repostedBy: '2',
    });
  });

  it('shows a quote or a repost whose original is missing as it is', () => {
    const quote = post('9', { referenced: [{ type: 'quoted', id: '5' }] });
    expect(shownPost(quote, new Map([['5', post('5')]])).shown).toBe(quote);
    const orphan = post('9', { referenced: [{ type: 'retweeted', id: '5' }] });
    expect(shownPost(orphan, new Map())).toEqual({ shown: orphan, repostedBy: null });
  });
});

describe('isRepost', () => {
  it('is a repost whether or not its original came with it; a quote is not', () => {
    expect(isRepost(post('9', { referenced: [{ type: 'retweeted', id: '5' }] }))).toBe(true);
    expect(isRepost(post('9', { referenced: [{ type: 'quoted', id: '5' }] }))).toBe(false);
    expect(isRepost(post('9'))).toBe(false);
  });
});

describe('a repost whose original the store does not hold', () => {
  // As X writes it: "RT @author: " and the original's text, the original's entities shifted.
  const repost = post('9', {
    authorId: '2',
    text: 'RT @quillory: New #ink from @inkworks at https://t.co/x',
    referenced: [{ type: 'retweeted', id: '5' }],
    entities: {
      mentions: [
        { start: 3, end: 12, username: 'quillory', id: '1' },
        { start: 28, end: 37, username: 'inkworks', id: '3' },
      ],
      hashtags: [{ start: 18, end: 22, tag: 'ink' }],
      cashtags: [],
      urls: [
        { start: 41, end: 55, url: 'https://t.co/x', expandedUrl: 'https://quillory.example' },
      ],
    },
    lang: 'en',
  });

  it('shows the original as the repost tells it: id, author, text and entities', () => {
    const { shown, repostedBy } = shownPost(repost, new Map());
    expect(repostedBy).toBe('2');
    expect(shown).toMatchObject({
      id: '5',
      authorId: '1',
      text: 'New #ink from @inkworks at https://t.co/x',
      referenced: [],
      lang: 'en',
    });
    const at = (e: { start: number; end: number }) => shown.text.slice(e.start, e.end);
    expect(shown.entities.mentions.map(at)).toEqual(['@inkworks']);
    expect(shown.entities.hashtags.map(at)).toEqual(['#ink']);
    expect(shown.entities.urls.map(at)).toEqual(['https://t.co/x']);
  });

  it('answers the same object each time, as a store selector must', () => {
    expect(shownPost(repost, new Map()).shown).toBe(shownPost(repost, new Map()).shown);
    expect(originalFromRepost(repost)).toBe(originalFromRepost(repost));
  });

  it('names its author by the mention, unless the store knows them', () => {
    const { shown } = shownPost(repost, new Map());
    expect(shownAuthor(repost, shown, {})).toEqual({
      id: '1',
      username: 'quillory',
      name: 'quillory',
    });
    const stored = user('1', 'quillory');
    expect(shownAuthor(repost, shown, { '1': stored })).toBe(stored);
  });

  it('prefers the stored original once it is loaded', () => {
    const original = post('5', { authorId: '1', text: 'New #ink from @inkworks, all week' });
    expect(shownPost(repost, new Map([['5', original]])).shown).toBe(original);
  });

  it('is shown as it is when it does not read like a repost', () => {
    const odd = { ...repost, text: 'RT @someone_else: New ink' };
    expect(originalFromRepost(odd)).toBeNull();
    expect(shownPost(odd, new Map())).toEqual({ shown: odd, repostedBy: null });
    expect(originalFromRepost(post('8', { text: 'RT @quillory: hi' }))).toBeNull();
  });
});
