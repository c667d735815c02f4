import { describe, expect, it } from 'vitest';
import {
  balanceOf,
  classifyPost,
  promotionalWarning,
  type OwnPost,
  type PostClass,
} from '../../../../src/shared/outcomes/post-class';
import {
  formatAmount,
  parseAmount,
  returnOnTime,
  type EffortRecord,
  type OutcomeRecord,
} from '../../../../src/shared/outcomes/return-on-time';
import { normaliseDomain, trackLink, trackLinksInText } from '../../../../src/shared/outcomes/utm';

const domains = ['quillory.com'];
const tags = { campaign: 'Brand deck', content: 'Shipping abroad' };

describe('trackLink', () => {
  it.each<[string, string | null]>([
    [
      'https://quillory.com/inks',
      'https://quillory.com/inks?utm_source=x&utm_medium=social&utm_campaign=brand-deck&utm_content=shipping-abroad',
    ],
    [
      'https://www.quillory.com/p?id=4&ref=a#reviews',
      'https://www.quillory.com/p?id=4&ref=a&utm_source=x&utm_medium=social&utm_campaign=brand-deck&utm_content=shipping-abroad#reviews',
    ],
    [
      'https://shop.quillory.com/?utm_source=newsletter',
      'https://shop.quillory.com/?utm_source=newsletter&utm_medium=social&utm_campaign=brand-deck&utm_content=shipping-abroad',
    ],
    ['https://notquillory.com/inks', null],
    ['https://quillory.com.evil.example/', null],
    ['https://example.com/?u=quillory.com', null],
    ['ftp://quillory.com/file', null],
    ['not a url', null],
  ])('%s', (raw, expected) => expect(trackLink(raw, domains, tags)).toBe(expected));

  it('leaves a link that already has every tag exactly as written', () => {
    const full = 'https://quillory.com/?utm_source=a&utm_medium=b&utm_campaign=c&utm_content=d';
    expect(trackLink(full, domains, tags)).toBe(full);
  });

  it('leaves utm_content out when there is none', () => {
    expect(trackLink('https://quillory.com/', domains, { campaign: 'Brand' })).toBe(
      'https://quillory.com/?utm_source=x&utm_medium=social&utm_campaign=brand',
    );
  });

  it('tracks own links in a post and nothing else', () => {
    const text =
      'New ink: https://quillory.com/inks/teal. Review: https://inkjournal.example/teal!';
    const tracked = trackLinksInText(text, domains, tags);
    expect(tracked.text).toBe(
      'New ink: https://quillory.com/inks/teal?utm_source=x&utm_medium=social&utm_campaign=brand-deck&utm_content=shipping-abroad. Review: https://inkjournal.example/teal!',
    );
    expect(tracked.links).toHaveLength(1);
  });

  it.each([
    ['Quillory.com', 'quillory.com'],
    ['https://www.quillory.com/shop', 'quillory.com'],
    ['  shop.quillory.co.uk ', 'shop.quillory.co.uk'],
    ['quillory', null],
    ['', null],
    ['http://', null],
  ])('normaliseDomain(%j) → %j', (input, expected) =>
    expect(normaliseDomain(input)).toBe(expected),
  );
});

describe('classifyPost', () => {
  const brand = { domains, products: ['Marlow', 'Midnight Teal'] };
  const post = (text: string, extra: Partial<OwnPost> = {}): OwnPost => ({
    text,
    urls: [],
    replyToCustomer: false,
    ...extra,
  });

  it.each<[string, OwnPost, PostClass, RegExp]>([
    [
      'a link to the shop',
      post('Look', { urls: ['https://quillory.com/x'] }),
      'promotional',
      /site/,
    ],
    ['sales words', post('20% off everything this weekend'), 'promotional', /20% off/],
    ['a restock', post('The blue-blacks are back in stock!'), 'promotional', /back in stock/],
    ['a price', post('Only £24 for the starter set'), 'promotional', /price/],
    ['a product name', post('The Marlow in autumn light'), 'promotional', /Marlow/],
    [
      'a reply to a customer',
      post('On its way!', { replyToCustomer: true }),
      'support',
      /customer/,
    ],
    [
      'a link elsewhere',
      post('Great read', { urls: ['https://blog.example/'] }),
      'social',
      /No link/,
    ],
    ['personality', post('Rainy Sunday, a new notebook and tea'), 'social', /No link/],
    ['a word inside another', post('Marlowe was a playwright'), 'social', /No link/],
    ['the owner’s word wins', post('20% off', { override: 'social' }), 'social', /you/],
  ])('%s', (_, p, expected, reason) => {
    const result = classifyPost(p, brand);
    expect(result.postClass).toBe(expected);
    expect(result.reason).toMatch(reason);
  });
});

describe('balance', () => {
  const P: PostClass = 'promotional';
  const S: PostClass = 'social';

  it('counts the mix', () => {
    expect(balanceOf([P, S, S, 'support'])).toEqual({
      total: 4,
      promotional: 1,
      support: 1,
      social: 2,
      promotionalShare: 0.25,
    });
    expect(balanceOf([]).promotionalShare).toBeNull();
  });

  it('warns when one more promotional post breaks 1 in 5 over the last ten', () => {
    expect(promotionalWarning([S, S, S, S, S, S, S, S, S])).toBeNull();
    expect(promotionalWarning([P, S, S, S, S, S, S, S, S])).toBeNull();
    expect(promotionalWarning([P, S, P, S, S, S, S, S, S])).toBe(
      'This would make 3 of your last 10 posts promotional (your target: at most 1 in 5).',
    );
    expect(promotionalWarning([], { promotional: 1, outOf: 5 })).toBe(
      'This would make 1 of your last 1 posts promotional (your target: at most 1 in 5).',
    );
    expect(promotionalWarning([S, S, S, S], { promotional: 1, outOf: 5 })).toBeNull();
  });
});

describe('returnOnTime', () => {
  const DAY = 86_400_000;
  const D0 = Date.UTC(2026, 10, 23);
  const effort: EffortRecord[] = [
    { at: D0, deckId: 'brand', accountId: 'q', seconds: 1800, dollars: 0.5 },
    { at: D0 + DAY, deckId: 'brand', accountId: 'q', seconds: 1800, dollars: 0.25 },
    { at: D0 + DAY, deckId: 'personal', accountId: 'm', seconds: 3600, dollars: 0.1 },
  ];
  const outcome = (at: number, extra: Partial<OutcomeRecord>): OutcomeRecord => ({
    at,
    kind: 'sale',
    valueMinor: null,
    currency: null,
    deckId: 'brand',
    accountId: 'q',
    ...extra,
  });
  const outcomes: OutcomeRecord[] = [
    outcome(D0, { valueMinor: 4800, currency: 'GBP' }),
    outcome(D0 + DAY, { valueMinor: 2000, currency: 'USD' }),
    outcome(D0 + DAY, { kind: 'issue_solved' }),
    outcome(D0 + 2 * DAY, { kind: 'lead_qualified', deckId: 'personal', accountId: 'm' }),
  ];

  it('sums a week per currency, never converting', () => {
    const week = returnOnTime(outcomes, effort, { start: D0, end: D0 + 7 * DAY });
    expect(week).toEqual({
      minutes: 120,
      dollars: 0.85,
      outcomes: 4,
      byKind: { sale: 2, issue_solved: 1, lead_qualified: 1 },
      value: { GBP: 4800, USD: 2000 },
      valuePerHour: { GBP: 2400, USD: 1000 },
      hasOutcomes: true,
    });
  });

  it('per deck and per account, per day', () => {
    const brandDay1 = returnOnTime(outcomes, effort, {
      start: D0 + DAY,
      end: D0 + 2 * DAY,
      deckId: 'brand',
    });
    expect(brandDay1).toMatchObject({ minutes: 30, outcomes: 2, value: { USD: 2000 } });
    expect(brandDay1.valuePerHour).toEqual({ USD: 4000 });
    const personal = returnOnTime(outcomes, effort, {
      start: D0,
      end: D0 + 7 * DAY,
      accountId: 'm',
    });
    expect(personal).toMatchObject({ minutes: 60, outcomes: 1, value: {}, valuePerHour: {} });
  });

  it('with no outcomes there is nothing to show, not a zero result', () => {
    const none = returnOnTime([], effort, { start: D0, end: D0 + 7 * DAY });
    expect(none.hasOutcomes).toBe(false);
    expect(none.value).toEqual({});
    expect(none.valuePerHour).toEqual({});
  });

  it('value with no time spent has no rate', () => {
    const r = returnOnTime(outcomes, [], { start: D0, end: D0 + DAY });
    expect(r.value).toEqual({ GBP: 4800 });
    expect(r.valuePerHour).toEqual({});
  });
});

describe('amounts', () => {
  it.each<[string, string, number | null]>([
    ['48', 'GBP', 4800],
    ['48.5', 'GBP', 4850],
    ['48,50', 'EUR', 4850],
    ['1,250.00', 'USD', 125000],
    ['1 250', 'EUR', 125000],
    ['5000', 'JPY', 5000],
    ['50.5', 'JPY', null],
    ['48.123', 'GBP', null],
    ['-5', 'GBP', null],
    ['abc', 'GBP', null],
    ['', 'GBP', null],
  ])('parseAmount(%j, %s) → %s', (input, currency, expected) =>
    expect(parseAmount(input, currency)).toBe(expected),
  );

  it('formats in the currency’s own digits', () => {
    expect(formatAmount(4800, 'GBP')).toBe('£48.00');
    expect(formatAmount(5000, 'JPY')).toBe('JP¥5,000');
  });
});
