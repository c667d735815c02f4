import { describe, expect, it } from 'vitest';
import {
  Bm25,
  rankAnswers,
  tokenize,
  type RankableAnswer,
} from '../../../../src/shared/answers/rank';

describe('tokenize', () => {
  it.each([
    ['Do you SHIP to Lyon?', ['ship', 'lyon']],
    ['shipping, ships, shipped', ['ship', 'ship', 'shipped']],
    ['Quillorié @quillory https://t.co/abc nibs', ['quillorie', 'nib']],
    ['the a of', []],
    ['boxes batteries glass', ['box', 'battery', 'glass']],
  ])('%j', (text, tokens) => expect(tokenize(text)).toEqual(tokens));
});

describe('Bm25', () => {
  it('rare words weigh more than common ones, and a match beats none', () => {
    const index = new Bm25(['nib nib ink', 'ink paper', 'ink cap']);
    expect(index.score(['nib'], 0)).toBeGreaterThan(index.score(['ink'], 0));
    expect(index.score(['nib'], 1)).toBe(0);
  });

  it('a shorter document with the same match scores higher', () => {
    const index = new Bm25(['cap crack', 'cap crack clip barrel converter piston window']);
    expect(index.score(['crack'], 0)).toBeGreaterThan(index.score(['crack'], 1));
  });
});

// The demo world's customers (src/simulator/world/episodes.ts) and the owner's answers to them.
const library: RankableAnswer[] = [
  {
    id: 'shipping-abroad',
    text: 'Shipping abroad. Yes, we ship to most of Europe, 3–5 working days. shipping',
    usedFor: ['@quillory do you ship to Oslo? Want the Marlow for my sister'],
  },
  {
    id: 'late-order',
    text: 'Late order. So sorry about that! Royal Mail has been slow this week; we have sent you a DM with tracking for {order}. orders',
    usedFor: ["@quillory my order #Q-2041 still says 'processing' after 9 days, is everything ok?"],
  },
  {
    id: 'vintage-safe',
    text: "Vintage-safe ink. It's a gentle, non-iron-gall ink, so yes, fine for vintage pens. inks",
    usedFor: [],
  },
  {
    id: 'nib-swap',
    text: 'Nib swap. Yes, within 30 days and free of charge. Just reply to your order email. nibs',
    usedFor: ['@quillory can I swap the nib on the Marlow from F to M after buying?'],
  },
  {
    id: 'leak',
    text: "Leaked bottle. Oh no. Sorry! A new bottle is on its way, and we've refunded the shipping.",
    usedFor: ['@quillory my parcel #Q-311 arrived but the ink bottle leaked. Photos attached'],
  },
];

describe('rankAnswers', () => {
  it.each([
    ['@quillory do you ship to Lyon? Want the Ashby for my dad', 'shipping-abroad'],
    ['Does anyone know if Quillery ships to Canada?', 'shipping-abroad'],
    ["@quillory my order #Q-88 still says 'processing' after 12 days", 'late-order'],
    [
      '@quillory is the Midnight Teal safe for vintage pens? My grandad’s Parker 51',
      'vintage-safe',
    ],
    ['@quillory can I swap the nib on the Ashby from M to B?', 'nib-swap'],
    ['@quillory my parcel arrived and the bottle leaked everywhere', 'leak'],
  ])('%j → %s', (post, best) => {
    expect(rankAnswers(post, library)[0]?.id).toBe(best);
  });

  it('learns from use: a past question finds the answer its own words do not', () => {
    const answers: RankableAnswer[] = [
      { id: 'a', text: 'Europe: 3–5 working days by Royal Mail', usedFor: [] },
      { id: 'b', text: 'Gift wrap is free', usedFor: [] },
    ];
    expect(rankAnswers('Do you deliver to Lyon?', answers)).toEqual([]);
    answers[0] = { ...answers[0]!, usedFor: ['do you deliver to Paris?'] };
    expect(rankAnswers('Do you deliver to Lyon?', answers).map((r) => r.id)).toEqual(['a']);
  });

  it('shows at most three, and nothing for a post with no words in common', () => {
    expect(rankAnswers('ink nib order shipping bottle', library)).toHaveLength(3);
    expect(rankAnswers('lovely weather today', library)).toEqual([]);
    expect(rankAnswers('', library)).toEqual([]);
    expect(rankAnswers('ink', [])).toEqual([]);
  });
});
