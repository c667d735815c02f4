import { describe, expect, it } from 'vitest';
import { textSegments, type Segment } from '../../../../src/shared/posts/segments';
import type { Entities } from '../../../../src/shared/x/types';

const none: Entities = { mentions: [], hashtags: [], cashtags: [], urls: [] };
const entities = (e: Partial<Entities>): Entities => ({ ...none, ...e });

/** Code-point position of `needle` in `text`, as X counts entity positions. */
const cp = (text: string, needle: string, from = 0) => {
  const at = text.indexOf(needle, from);
  if (at < 0) throw new Error(`"${needle}" not in "${text}"`);
  const start = Array.from(text.slice(0, at)).length;
  return { start, end: start + Array.from(needle).length };
};

const joined = (segments: Segment[]) => segments.map((s) => s.text).join('');
const kinds = (segments: Segment[]) => segments.map((s) => `${s.kind}:${s.text}`);

describe('textSegments', () => {
  it('gives plain text as one run', () => {
    expect(textSegments('just setting up my twttr', none)).toEqual([
      { kind: 'text', text: 'just setting up my twttr' },
    ]);
    expect(textSegments('', none)).toEqual([]);
    expect(textSegments('no entities at all', undefined)).toEqual([
      { kind: 'text', text: 'no entities at all' },
    ]);
  });

  it('cuts out mentions, hashtags, cashtags and links', () => {
    const text = 'Hi @Alice, #Launch of $ACME today https://t.co/abc123 !';
    const segments = textSegments(
      text,
      entities({
        mentions: [{ ...cp(text, '@Alice'), username: 'alice', id: '12' }],
        hashtags: [{ ...cp(text, '#Launch'), tag: 'Launch' }],
        cashtags: [{ ...cp(text, '$ACME'), tag: 'ACME' }],
        urls: [
          {
            ...cp(text, 'https://t.co/abc123'),
            url: 'https://t.co/abc123',
            expandedUrl: 'https://acme.example/launch?ref=x',
            displayUrl: 'acme.example/launch…',
          },
        ],
      }),
    );
    expect(segments).toEqual([
      { kind: 'text', text: 'Hi ' },
      { kind: 'mention', text: '@Alice', username: 'alice', userId: '12' },
      { kind: 'text', text: ', ' },
      { kind: 'hashtag', text: '#Launch', tag: 'Launch' },
      { kind: 'text', text: ' of ' },
      { kind: 'cashtag', text: '$ACME', tag: 'ACME' },
      { kind: 'text', text: ' today ' },
      {
        kind: 'url',
        text: 'https://t.co/abc123',
        displayUrl: 'acme.example/launch…',
        href: 'https://acme.example/launch?ref=x',
      },
      { kind: 'text', text: ' !' },
    ]);
    expect(joined(segments)).toBe(text);
  });

  it.each([
    ['an emoji', '😀 '],
    ['several emoji', '🎉🎉🎉 party '],
    ['a flag (two code points)', '🇫🇷 bonjour '],
    ['a family (joined emoji)', '👩‍👩‍👧 '],
    ['mathematical letters', '𝒜𝒷𝒸 '],
    ['CJK and an astral ideograph', '日本語 𠮷野家 '],
    ['a combining accent', 'cafe\u0301 '],
  ])('counts positions in code points after %s', (_, prefix) => {
    const text = `${prefix}@bob #tag $TAG https://t.co/x end`;
    const segments = textSegments(
      text,
      entities({
        mentions: [{ ...cp(text, '@bob'), username: 'bob' }],
        hashtags: [{ ...cp(text, '#tag'), tag: 'tag' }],
        cashtags: [{ ...cp(text, '$TAG'), tag: 'TAG' }],
        urls: [{ ...cp(text, 'https://t.co/x'), url: 'https://t.co/x' }],
      }),
    );
    expect(kinds(segments)).toEqual([
      `text:${prefix}`,
      'mention:@bob',
      'text: ',
      'hashtag:#tag',
      'text: ',
      'cashtag:$TAG',
      'text: ',
      'url:https://t.co/x',
      'text: end',
    ]);
  });

  it('does not read positions as UTF-16 units', () => {
    // In UTF-16 "😀😀 " is 5 units long, in code points 3: only the latter finds "@bob".
    const text = '😀😀 @bob';
    const utf16 = { start: text.indexOf('@bob'), end: text.indexOf('@bob') + 4 };
    expect(
      kinds(textSegments(text, entities({ mentions: [{ ...utf16, username: 'bob' }] }))),
    ).toEqual([`text:${text}`]);
    expect(
      kinds(textSegments(text, entities({ mentions: [{ start: 3, end: 7, username: 'bob' }] }))),
    ).toEqual(['text:😀😀 ', 'mention:@bob']);
  });

  it.each([
    { name: 'past the end', e: { start: 4, end: 99 } },
    { name: 'negative start', e: { start: -1, end: 4 } },
    { name: 'empty', e: { start: 4, end: 4 } },
    { name: 'inverted', e: { start: 8, end: 4 } },
    { name: 'fractional', e: { start: 4.5, end: 8 } },
    { name: 'not a number', e: { start: Number.NaN, end: 8 } },
    { name: 'on other characters', e: { start: 0, end: 4 } },
  ])('leaves an entity $name as plain text', ({ e }) => {
    const text = 'hey @bob';
    const segments = textSegments(text, entities({ mentions: [{ ...e, username: 'bob' }] }));
    expect(segments).toEqual([{ kind: 'text', text }]);
  });

  it('keeps the first of overlapping entities and drops the rest', () => {
    const text = 'see #acme https://t.co/q';
    const segments = textSegments(
      text,
      entities({
        hashtags: [{ ...cp(text, '#acme'), tag: 'acme' }],
        // Claims to start inside the hashtag.
        urls: [{ start: 6, end: 24, url: 'me https://t.co/q' }],
        mentions: [{ ...cp(text, '#acme'), username: 'acme' }],
      }),
    );
    expect(kinds(segments)).toEqual(['text:see ', 'hashtag:#acme', 'text: https://t.co/q']);
    expect(joined(segments)).toBe(text);
  });

  it('shows a link to the same place twice when X lists it twice', () => {
    const text = 'a https://t.co/z';
    const url = { ...cp(text, 'https://t.co/z'), url: 'https://t.co/z' };
    expect(kinds(textSegments(text, entities({ urls: [url, url] })))).toEqual([
      'text:a ',
      'url:https://t.co/z',
    ]);
  });

  it.each([
    '<img src=x onerror=alert(1)>',
    '<script>alert("hi")</script>',
    '"><svg onload=alert(1)>',
    '<a href="javascript:alert(1)">click</a>',
  ])('keeps HTML-looking text %j as text', (html) => {
    const segments = textSegments(
      `look ${html} #tag`,
      entities({
        hashtags: [
          { start: 6 + Array.from(html).length, end: 10 + Array.from(html).length, tag: 'tag' },
        ],
      }),
    );
    expect(segments[0]).toEqual({ kind: 'text', text: `look ${html} ` });
    expect(segments[1]).toMatchObject({ kind: 'hashtag', text: '#tag' });
  });

  it("decodes X's escapes of & < > and nothing else", () => {
    const text = 'Fish &amp; chips &lt;img src=x onerror=alert(1)&gt; &quot;ok&quot; &amp;amp;';
    expect(textSegments(text, none)).toEqual([
      { kind: 'text', text: 'Fish & chips <img src=x onerror=alert(1)> &quot;ok&quot; &amp;' },
    ]);
    expect(textSegments(text, none, { xEscaped: false })).toEqual([{ kind: 'text', text }]);
  });

  it('finds entities after an escape whether X counted it as one character or five', () => {
    const raw = 'R&amp;D at @acme #tag';
    const decoded = 'R&D at @acme #tag';
    const expected = ['text:R&D at ', 'mention:@acme', 'text: ', 'hashtag:#tag'];
    for (const counted of [decoded, raw]) {
      const segments = textSegments(
        raw,
        entities({
          mentions: [{ ...cp(counted, '@acme'), username: 'acme' }],
          hashtags: [{ ...cp(counted, '#tag'), tag: 'tag' }],
        }),
      );
      expect(kinds(segments)).toEqual(expected);
      expect(joined(segments)).toBe(decoded);
    }
  });

  it('links to the t.co URL when the expanded one is not a safe web address', () => {
    const text = 'x https://t.co/evil';
    const at = cp(text, 'https://t.co/evil');
    for (const expandedUrl of ['javascript:alert(1)', 'file:///etc/passwd', 'not a url']) {
      const [, link] = textSegments(
        text,
        entities({ urls: [{ ...at, url: 'https://t.co/evil', expandedUrl }] }),
      );
      expect(link).toMatchObject({ kind: 'url', href: 'https://t.co/evil' });
    }
  });

  it('leaves a link that has no safe address at all as text', () => {
    const text = 'x javascript:alert(1)';
    const at = cp(text, 'javascript:alert(1)');
    expect(textSegments(text, entities({ urls: [{ ...at, url: 'javascript:alert(1)' }] }))).toEqual(
      [{ kind: 'text', text }],
    );
  });

  it('marks the link to attached media and falls back to the URL for display', () => {
    const text = 'photo https://t.co/pic';
    const [, link] = textSegments(
      text,
      entities({
        urls: [{ ...cp(text, 'https://t.co/pic'), url: 'https://t.co/pic', mediaKey: '3_1' }],
      }),
    );
    expect(link).toEqual({
      kind: 'url',
      text: 'https://t.co/pic',
      displayUrl: 'https://t.co/pic',
      href: 'https://t.co/pic',
      mediaKey: '3_1',
    });
  });

  it('accepts mentions and hashtags written with full-width signs', () => {
    const text = '＠bob ＃タグ';
    const segments = textSegments(
      text,
      entities({
        mentions: [{ ...cp(text, '＠bob'), username: 'bob' }],
        hashtags: [{ ...cp(text, '＃タグ'), tag: 'タグ' }],
      }),
    );
    expect(kinds(segments)).toEqual(['mention:＠bob', 'text: ', 'hashtag:＃タグ']);
  });
});
