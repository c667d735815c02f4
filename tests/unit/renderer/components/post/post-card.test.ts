import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  PostCardView,
  type PostCardViewProps,
} from '../../../../../src/renderer/src/components/post/PostCardView';
import { PostText } from '../../../../../src/renderer/src/components/post/PostText';
import { photo, post, user } from '../../fixtures';

const noEntities = { mentions: [], hashtags: [], cashtags: [], urls: [] };

describe('PostText', () => {
  it('shows markup in a post as the characters it is, never as HTML', () => {
    const html = renderToStaticMarkup(
      createElement(PostText, { text: '<img src=x onerror=alert(1)>', entities: noEntities }),
    );
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('decodes X’s escapes once, so escaped markup stays text too', () => {
    const html = renderToStaticMarkup(
      createElement(PostText, {
        text: '&lt;script&gt;alert(1)&lt;/script&gt; &amp;',
        entities: noEntities,
      }),
    );
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp;');
  });

  it('links mentions, hashtags and cashtags, and shows links by their display URL', () => {
    const text = '@acme broke #help $ACME https://t.co/abc https://t.co/pic';
    const at = (part: string) => ({
      start: text.indexOf(part),
      end: text.indexOf(part) + part.length,
    });
    const html = renderToStaticMarkup(
      createElement(PostText, {
        text,
        entities: {
          mentions: [{ ...at('@acme'), username: 'acme' }],
          hashtags: [{ ...at('#help'), tag: 'help' }],
          cashtags: [{ ...at('$ACME'), tag: 'ACME' }],
          urls: [
            {
              ...at('https://t.co/abc'),
              url: 'https://t.co/abc',
              expandedUrl: 'https://example.com/order/123',
              displayUrl: 'example.com/order/1…',
            },
            { ...at('https://t.co/pic'), url: 'https://t.co/pic', mediaKey: 'm1' },
          ],
        },
      }),
    );
    expect(html).toContain('<a href="https://x.com/acme"');
    expect(html).toContain('<a href="https://x.com/hashtag/help"');
    expect(html).toContain('href="https://x.com/search?q=%24ACME');
    expect(html).toContain('href="https://example.com/order/123"');
    expect(html).toContain('>example.com/order/1…</a>');
    // The post's own media link is left to the thumbnails.
    expect(html).not.toContain('t.co/pic');
  });

  it('never links a javascript: URL X might send', () => {
    const html = renderToStaticMarkup(
      createElement(PostText, {
        text: 'see https://t.co/x',
        entities: {
          ...noEntities,
          urls: [{ start: 4, end: 18, url: 'https://t.co/x', expandedUrl: 'javascript:alert(1)' }],
        },
      }),
    );
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain('href="https://t.co/x"');
  });
});

describe('PostCardView', () => {
  const render = (props: Partial<PostCardViewProps> & Pick<PostCardViewProps, 'shown'>) =>
    renderToStaticMarkup(
      createElement(PostCardView, {
        domId: 'post-c-20',
        columnId: 'c',
        postId: props.shown.id,
        author: user('1', 'kate'),
        repostedBy: null,
        isRepost: false,
        media: [],
        position: 1,
        setSize: 1,
        tabbable: false,
        ...props,
      }),
    );

  it('shows author, text, media with its description, counts and its place in the column', () => {
    const html = render({
      shown: post('20', {
        text: 'Look at this',
        metrics: { replies: 1, reposts: 2, likes: 1200, quotes: 0 },
      }),
      media: [{ ...photo('m1'), altText: 'An empty box' }],
      position: 3,
      setSize: 40,
      tabbable: true,
    });
    expect(html).toMatch(/<article[^>]*aria-posinset="3"[^>]*aria-setsize="40"/);
    expect(html).toMatch(/<article[^>]*tabindex="0"/);
    expect(html).toContain('KATE');
    expect(html).toContain('@kate');
    expect(html).toContain('Look at this');
    expect(html).toContain('alt="An empty box"');
    expect(html).toContain('1.2K');
  });

  it('names every action after the author', () => {
    const html = render({ shown: post('20') });
    for (const name of [
      'Reply to @kate',
      'Repost the post by @kate',
      'Like the post by @kate (opens x.com)',
      'Quote the post by @kate (opens x.com)',
      'Open the post by @kate on X',
      'Copy the link to the post by @kate',
    ]) {
      expect(html).toContain(`aria-label="${name}`);
    }
  });

  it('says who reposted a repost', () => {
    const html = render({
      shown: post('9', { text: 'the original' }),
      postId: '30',
      isRepost: true,
      repostedBy: user('2', 'bob'),
    });
    expect(html).toContain('BOB reposted');
    expect(html).toContain('the original');
    expect(html).toMatch(/<article[^>]*tabindex="-1"/);
  });

  it('describes media without alt text by its kind', () => {
    const html = render({
      shown: post('20'),
      media: [{ mediaKey: 'v1', type: 'video', previewImageUrl: 'https://pbs.example/v1.jpg' }],
    });
    expect(html).toContain('alt="Video without a description"');
    expect(html).toContain('src="https://pbs.example/v1.jpg"');
  });
});
