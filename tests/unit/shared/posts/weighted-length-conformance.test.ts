import fs from 'node:fs';
import path from 'node:path';
import * as twitterText from 'twitter-text';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { composeLength, linkRanges } from '../../../../src/shared/posts/weighted-length';

// Timedeck counts a post's length with its own lean code (the window does not carry
// twitter-text); these are twitter-text's own conformance cases, which every implementation of
// X's count is held to. Copied with their licence: tests/fixtures/twitter-text/. Not used: the
// file's `tweets` section (v1's 140-character limit), `urls` (twitter-text's RFC validator, not
// the extractor that counts links) and the v2 counter (emoji not discounted; X uses v3).

interface Case<E> {
  description: string;
  text: string;
  expected: E;
}
interface Conformance {
  tests: {
    urls_without_protocol: Case<boolean>[];
    WeightedTweetsWithDiscountedEmojiCounterTest: Case<{
      weightedLength: number;
      valid: boolean;
    }>[];
    UnicodeDirectionalMarkerCounterTest: Case<{ weightedLength: number; valid: boolean }>[];
  };
}

const file = path.resolve(import.meta.dirname, '../../../fixtures/twitter-text/validate.yml');
const { tests } = parse(fs.readFileSync(file, 'utf8')) as Conformance;

describe('weighted length, held to twitter-text’s conformance cases (v3: emoji discounted)', () => {
  it.each(
    [
      ...tests.WeightedTweetsWithDiscountedEmojiCounterTest,
      ...tests.UnicodeDirectionalMarkerCounterTest,
    ].map((c) => [c.description, c] as const),
  )('%s', (_, c) => {
    const got = composeLength(c.text);
    expect({ weightedLength: got.weightedLength, valid: got.valid }).toEqual({
      weightedLength: c.expected.weightedLength,
      valid: c.expected.valid,
    });
  });

  it.each(tests.urls_without_protocol.map((c) => [c.description, c] as const))('%s', (_, c) => {
    const ranges = linkRanges(c.text);
    expect(ranges.length === 1 && ranges[0]![0] === 0 && ranges[0]![1] === c.text.length).toBe(
      c.expected,
    );
  });
});

// twitter-text is still the reference where it runs (the simulator checks posts with it):
// the same count on the varied texts the users of the seeds write.
const api = ((m) => (typeof m.parseTweet === 'function' ? m : m.default))(
  twitterText as unknown as {
    parseTweet: typeof twitterText.parseTweet;
    default: typeof twitterText;
  },
) as typeof twitterText;

describe('weighted length agrees with twitter-text on mixed text', () => {
  const samples = [
    'Order #1234 shipped: https://shop.example.co.uk/orders/1234?ref=tw (thanks!)',
    'インクの色がとても綺麗です 🖋️✨ 詳しくは example.jp/ink へ',
    'café, naïve, Ωmega — “quotes” … and t.co/abc plus http://t.co/abcdef/extra',
    '@brand your site.com.notatld is down; try www.brand.com/help.',
    '👩🏽‍💻 wrote: see (https://en.wikipedia.org/wiki/Ink_(disambiguation)) for more',
    'Emails like someone@example.com are not links, but $cash.tag and foo_bar.com…',
  ];
  it.each(samples)('%s', (text) => {
    const theirs = api.parseTweet(text);
    expect(composeLength(text)).toMatchObject({
      weightedLength: theirs.weightedLength,
      valid: theirs.valid,
    });
  });
});
