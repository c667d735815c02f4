import { describe, expect, it } from 'vitest';
import { shownPost } from '../../../../src/renderer/src/lib/reposts';
import { post } from '../fixtures';

describe('shownPost', () => {
  it('shows the original of a repost, saying who reposted', () => {
    const original = post('5', { authorId: '1' });
    const repost = post('9', { authorId: '2', referenced: [{ type: 'retweeted', id: '5' }] });
    expect(shownPost(repost, { '5': original })).toEqual({ shown: original, repostedBy: '2' });
  });

  it('shows a quote or a repost whose original is missing as it is', () => {
    const quote = post('9', { referenced: [{ type: 'quoted', id: '5' }] });
    expect(shownPost(quote, { '5': post('5') }).shown).toBe(quote);
    const orphan = post('9', { referenced: [{ type: 'retweeted', id: '5' }] });
    expect(shownPost(orphan, {})).toEqual({ shown: orphan, repostedBy: null });
  });
});
