import { describe, expect, it } from 'vitest';
import { productIn, productsOf, tagOf } from '../../../../src/shared/answers/products';

const decks = [
  {
    columns: [
      { accountId: 'brand', builder: { products: ['Marlow', ' Marlow Pro ', 'marlow'] } },
      { accountId: 'personal', builder: { products: ['Notebook'] } },
      { accountId: 'brand', builder: null },
    ],
  },
  { columns: [{ accountId: 'brand', builder: { products: ['Sepia Tide'] } }] },
];

describe('the brand’s products', () => {
  it('are those of its own support columns, each once, as first written', () => {
    expect(productsOf(decks, 'brand')).toEqual(['Marlow', 'Marlow Pro', 'Sepia Tide']);
    expect(productsOf(decks, 'personal')).toEqual(['Notebook']);
    expect(productsOf(decks, 'nobody')).toEqual([]);
  });

  it.each([
    ['do you ship the Marlow Pro to Oslo?', 'Marlow Pro'],
    ['my MARLOW leaks', 'Marlow'],
    ['the Marlowe is not ours', null],
    ['sepia tide restock when?', 'Sepia Tide'],
    ['nothing named here', null],
  ])('%j names %j', (text, product) => {
    expect(productIn(text, productsOf(decks, 'brand'))).toBe(product);
  });

  it('make tags of letters, digits, - and _', () => {
    expect(tagOf(' Marlow Pro ')).toBe('marlow-pro');
    expect(tagOf('Crème (1.1 mm)')).toBe('crème-1-1-mm');
  });
});
