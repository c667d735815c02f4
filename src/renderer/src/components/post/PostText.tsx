import { memo } from 'react';
import type { Entities } from '../../../../shared/x/types';
import { textSegments } from '../../../../shared/posts/segments';
import { ExternalLink } from '../ExternalLink';

const profileUrl = (username: string) => `https://x.com/${encodeURIComponent(username)}`;
const hashtagUrl = (tag: string) => `https://x.com/hashtag/${encodeURIComponent(tag)}`;
const cashtagUrl = (tag: string) =>
  `https://x.com/search?${new URLSearchParams({ q: `$${tag}`, src: 'cashtag_click' })}`;

/**
 * A post's text as React text nodes and links, never as HTML: a post saying
 * `<img src=x onerror=…>` shows those characters. Links show X's display URL and open the
 * expanded one in the system browser; links to the post's own media are left out (the card
 * shows the media).
 */
export const PostText = memo(function PostText({
  text,
  entities,
}: {
  text: string;
  entities: Entities;
}) {
  const segments = textSegments(text, entities);
  return (
    <p className="post-text">
      {segments.map((segment, i) => {
        switch (segment.kind) {
          case 'text':
            return segment.text;
          case 'mention':
            return (
              <ExternalLink key={i} href={profileUrl(segment.username)} className="entity">
                {segment.text}
              </ExternalLink>
            );
          case 'hashtag':
            return (
              <ExternalLink key={i} href={hashtagUrl(segment.tag)} className="entity">
                {segment.text}
              </ExternalLink>
            );
          case 'cashtag':
            return (
              <ExternalLink key={i} href={cashtagUrl(segment.tag)} className="entity">
                {segment.text}
              </ExternalLink>
            );
          case 'url':
            return segment.mediaKey ? null : (
              <ExternalLink key={i} href={segment.href} className="entity" title={segment.href}>
                {segment.displayUrl}
              </ExternalLink>
            );
        }
      })}
    </p>
  );
});
