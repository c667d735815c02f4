import { describe, expect, it } from 'vitest';
import { composePost, displayUrl, retweetText } from '../../../../src/simulator/world/entities';
import type { SimMedia } from '../../../../src/simulator/world/types';

const codes = () => {
  let n = 0;
  return () => `code${String(n++).padStart(6, '0')}`;
};
const ids: Record<string, string> = { quillory: '111', maren_aldous: '222' };

function compose(text: string, media: SimMedia[] = []) {
  return composePost({
    text,
    postId: '999',
    authorUsername: 'quillory',
    media,
    newCode: codes(),
    userIdOf: (u) => ids[u.toLowerCase()],
  });
}

/** Slices by code points, the unit of X's indices. */
const slice = (text: string, start: number, end: number) =>
  Array.from(text).slice(start, end).join('');

describe('composePost', () => {
  it('wraps every link in t.co and keeps where it really goes', () => {
    const { text, entities } = compose(
      'New ink! https://quillory.shop/inks/harbour-blue and quillory.shop',
    );
    expect(text).toBe('New ink! https://t.co/code000000 and https://t.co/code000001');
    expect(entities.urls).toEqual([
      {
        start: 9,
        end: 32,
        url: 'https://t.co/code000000',
        expanded_url: 'https://quillory.shop/inks/harbour-blue',
        display_url: 'quillory.shop/inks/harbou…',
      },
      {
        start: 37,
        end: 60,
        url: 'https://t.co/code000001',
        expanded_url: 'https://quillory.shop',
        display_url: 'quillory.shop',
      },
    ]);
  });

  it.each([
    ['plain text', 'Hi @quillory #fountainpen $SHOP'],
    ['emoji before the entities', '🖋️✨ Hi @quillory #fountainpen $SHOP'],
    ['accents and CJK', 'Très bien 万年筆 @quillory #fountainpen $SHOP'],
  ])('indexes mentions, hashtags and cashtags by code point (%s)', (_name, input) => {
    const { text, entities } = compose(input);
    expect(entities.mentions).toHaveLength(1);
    const [m] = entities.mentions;
    expect(slice(text, m!.start, m!.end)).toBe('@quillory');
    expect(m!.id).toBe('111');
    expect(slice(text, entities.hashtags[0]!.start, entities.hashtags[0]!.end)).toBe(
      '#fountainpen',
    );
    expect(slice(text, entities.cashtags[0]!.start, entities.cashtags[0]!.end)).toBe('$SHOP');
  });

  it('leaves the id off mentions of accounts the world does not know', () => {
    expect(compose('cc @someone_else').entities.mentions).toEqual([
      { start: 3, end: 16, username: 'someone_else' },
    ]);
  });

  it('adds a pic link for attached media, one url entity per media item', () => {
    const media: SimMedia[] = [
      { key: '3_1', type: 'photo', width: 1, height: 1 },
      { key: '3_2', type: 'photo', width: 1, height: 1 },
    ];
    const { text, entities } = compose('Swatches', media);
    expect(text).toBe('Swatches https://t.co/code000000');
    expect(
      entities.urls.map((u) => [u.media_key, u.expanded_url, u.display_url, u.start, u.end]),
    ).toEqual([
      ['3_1', 'https://x.com/quillory/status/999/photo/1', 'pic.x.com/code000000', 9, 32],
      ['3_2', 'https://x.com/quillory/status/999/photo/2', 'pic.x.com/code000000', 9, 32],
    ]);
  });
});

describe('displayUrl', () => {
  it.each([
    ['https://quillory.shop', 'quillory.shop'],
    ['https://www.example.com/a', 'example.com/a'],
    ['https://inkjournal.net/reviews/2026/harbour-blue', 'inkjournal.net/reviews/20…'],
  ])('%s shows as %s', (url, shown) => expect(displayUrl(url)).toBe(shown));
});

describe('retweetText', () => {
  it('prefixes RT @author and shifts the original entities', () => {
    const original = compose('Hi @maren_aldous #ink https://quillory.shop');
    const rt = retweetText(original, { username: 'quillory', id: '111' });
    expect(rt.text).toBe(`RT @quillory: ${original.text}`);
    for (const m of rt.entities.mentions)
      expect(slice(rt.text, m.start, m.end)).toBe(`@${m.username}`);
    for (const u of rt.entities.urls) expect(slice(rt.text, u.start, u.end)).toBe(u.url);
    expect(slice(rt.text, rt.entities.hashtags[0]!.start, rt.entities.hashtags[0]!.end)).toBe(
      '#ink',
    );
  });
});
