import twitter from 'twitter-text';
import type { SimEntities, SimMedia, UrlEntity } from './types';

/**
 * Turns what someone typed into what X stores: every link wrapped in a t.co link, a t.co link for
 * attached media at the end, and entities with X's indices (code points, end exclusive).
 */
export interface ComposeInput {
  text: string;
  postId: string;
  authorUsername: string;
  media: SimMedia[];
  /** A fresh t.co code (the part after https://t.co/). */
  newCode: () => string;
  userIdOf: (username: string) => string | undefined;
  linkTitle?: (expandedUrl: string) => string | undefined;
}

export interface Composed {
  text: string;
  entities: SimEntities;
}

interface Target {
  expanded: string;
  display: string;
  mediaKeys?: string[];
  mediaKind?: string;
}

export function displayUrl(expanded: string): string {
  const bare = expanded.replace(/^https?:\/\//i, '').replace(/^www\./i, '');
  return bare.length > 26 ? `${bare.slice(0, 25)}…` : bare;
}

export function composePost(input: ComposeInput): Composed {
  const targets = new Map<string, Target>();
  let text = '';
  let cursor = 0;
  for (const found of twitter.extractUrlsWithIndices(input.text)) {
    const [start, end] = found.indices;
    const expanded = /^https?:\/\//i.test(found.url) ? found.url : `https://${found.url}`;
    const short = `https://t.co/${input.newCode()}`;
    targets.set(short, { expanded, display: displayUrl(expanded) });
    text += input.text.slice(cursor, start) + short;
    cursor = end;
  }
  text += input.text.slice(cursor);

  if (input.media.length > 0) {
    const code = input.newCode();
    const short = `https://t.co/${code}`;
    const kind = input.media[0]!.type === 'video' ? 'video' : 'photo';
    targets.set(short, {
      expanded: `https://x.com/${input.authorUsername}/status/${input.postId}/${kind}/1`,
      display: `pic.x.com/${code}`,
      mediaKeys: input.media.map((m) => m.key),
      mediaKind: kind,
    });
    text = text.length > 0 ? `${text} ${short}` : short;
  }

  const extracted = twitter.extractEntitiesWithIndices(text);
  twitter.modifyIndicesFromUTF16ToUnicode(text, extracted);
  const entities: SimEntities = { mentions: [], hashtags: [], cashtags: [], urls: [] };
  for (const e of extracted) {
    const [start, end] = e.indices;
    if ('screenName' in e) {
      if ('listSlug' in e && e.listSlug) continue;
      const id = input.userIdOf(e.screenName);
      entities.mentions.push({ start, end, username: e.screenName, ...(id ? { id } : {}) });
    } else if ('hashtag' in e) {
      entities.hashtags.push({ start, end, tag: e.hashtag });
    } else if ('cashtag' in e) {
      entities.cashtags.push({ start, end, tag: e.cashtag });
    } else if ('url' in e) {
      const target = targets.get(e.url);
      if (!target) continue;
      if (target.mediaKeys) {
        target.mediaKeys.forEach((key, i) => {
          entities.urls.push({
            start,
            end,
            url: e.url,
            expanded_url: target.expanded.replace(/\/1$/, `/${i + 1}`),
            display_url: target.display,
            media_key: key,
          });
        });
      } else {
        const title = input.linkTitle?.(target.expanded);
        const entity: UrlEntity = {
          start,
          end,
          url: e.url,
          expanded_url: target.expanded,
          display_url: target.display,
        };
        if (title) {
          entity.status = 200;
          entity.title = title;
          entity.unwound_url = target.expanded;
        }
        entities.urls.push(entity);
      }
    }
  }
  return { text, entities };
}

/** Code-point length, the unit of X's entity indices. */
export function codePointLength(text: string): number {
  return Array.from(text).length;
}

/** A repost's text and entities, as X v2 renders them: "RT @author: " and the original, shifted. */
export function retweetText(
  original: { text: string; entities: SimEntities },
  originalAuthor: { username: string; id: string },
): Composed {
  const prefix = `RT @${originalAuthor.username}: `;
  const shift = codePointLength(prefix);
  const move = <T extends { start: number; end: number }>(e: T): T => ({
    ...e,
    start: e.start + shift,
    end: e.end + shift,
  });
  return {
    text: prefix + original.text,
    entities: {
      mentions: [
        {
          start: 3,
          end: 4 + originalAuthor.username.length,
          username: originalAuthor.username,
          id: originalAuthor.id,
        },
        ...original.entities.mentions.map(move),
      ],
      hashtags: original.entities.hashtags.map(move),
      cashtags: original.entities.cashtags.map(move),
      urls: original.entities.urls.map(move),
    },
  };
}
