import { describe, expect, it } from 'vitest';
import { composeLength } from '../../../../src/shared/posts/weighted-length';
import { answerFromReply } from '../../../../src/shared/answers/save-as-answer';
import {
  escapeTemplateText,
  fillAnswer,
  firstNameOf,
  freeFieldsIn,
  parseTemplate,
  variablesIn,
} from '../../../../src/shared/answers/template';

describe('parseTemplate', () => {
  it.each<[string, ReturnType<typeof parseTemplate>]>([
    ['Hi {first_name}!', [{ text: 'Hi ' }, { variable: 'first_name' }, { text: '!' }]],
    ['{{first_name}}', [{ text: '{first_name}' }]],
    ['a { b } {not valid} {X} {}', [{ text: 'a { b } {not valid} {X} {}' }]],
    ['{order_no}{link}', [{ variable: 'order_no' }, { variable: 'link' }]],
    ['unclosed {first_name', [{ text: 'unclosed {first_name' }]],
    ['', []],
  ])('%j', (body, parts) => expect(parseTemplate(body)).toEqual(parts));

  it('lists variables once, in order, and which are free fields', () => {
    const body = '{product}: order {order_no} for {first_name}, {product} again, {ship_date}';
    expect(variablesIn(body)).toEqual(['product', 'order_no', 'first_name', 'ship_date']);
    expect(freeFieldsIn(body)).toEqual(['order_no', 'ship_date']);
  });

  it('escaped text reads back as the same text', () => {
    for (const text of ['{first_name}', 'a}}b{{', '{', '}', 'plain']) {
      expect(parseTemplate(escapeTemplateText(text))).toEqual([{ text }]);
    }
  });
});

describe('fillAnswer', () => {
  const body = 'Hi {first_name}, your {product} ships Monday. Tracking: {link}';

  it('fills every variable that has a value', () => {
    expect(
      fillAnswer(body, { first_name: 'Maren', product: 'Nib No. 4', link: 'https://q.shop/t' }),
    ).toEqual({
      text: 'Hi Maren, your Nib No. 4 ships Monday. Tracking: https://q.shop/t',
      missing: [],
      firstEmptyAt: null,
    });
  });

  it('leaves missing and blank values as {name}, cursor at the first', () => {
    const filled = fillAnswer(body, { first_name: 'Maren', product: '   ' });
    expect(filled.text).toBe('Hi Maren, your {product} ships Monday. Tracking: {link}');
    expect(filled.missing).toEqual(['product', 'link']);
    expect(filled.firstEmptyAt).toBe('Hi Maren, your '.length);
  });

  it('a value is text: braces in it never become variables', () => {
    const filled = fillAnswer('Hi {first_name} {link}', {
      first_name: '{link}',
      link: 'https://x.test',
    });
    expect(filled.text).toBe('Hi {link} https://x.test');
    expect(filled.missing).toEqual([]);
  });

  it('does not read values through the object prototype', () => {
    const filled = fillAnswer('{constructor} {to_string}', {});
    expect(filled.missing).toEqual(['constructor', 'to_string']);
  });

  it('the weighted length is measured after filling (a link counts 23)', () => {
    const short = fillAnswer(body, { first_name: 'Al', product: 'ink', link: 'https://q.shop/t' });
    const long = fillAnswer(body, {
      first_name: 'Bartholomew',
      product: 'Fountain pen converter kit',
      link: 'https://quillory.com/a/very/long/tracking/path?with=query',
    });
    const fixed = 'Hi , your  ships Monday. Tracking: '.length;
    expect(composeLength(short.text).weightedLength).toBe(fixed + 2 + 3 + 23);
    expect(composeLength(long.text).weightedLength).toBe(fixed + 11 + 26 + 23);
  });
});

describe('firstNameOf', () => {
  it.each([
    ['Maren Aldous 🖋', 'maren_aldous', 'Maren'],
    ['Dr. Anna Berg', 'annab', 'Anna'],
    ['🌸 sophie 🌸', 'sophie_pens', 'sophie'],
    ['José-María López', 'jml', 'José-María'],
    ['Zoë', 'zoe', 'Zoë'],
    ['inkfan92', 'inkfan92', 'there'],
    ['@Inkfan92', 'inkfan92', 'there'],
    ['🖋🖋🖋', 'pens', 'there'],
    ['', 'x', 'there'],
  ])('%j → %j', (display, username, expected) =>
    expect(firstNameOf(display, username)).toBe(expected),
  );

  it('takes another fallback', () => expect(firstNameOf('', 'x', 'friend')).toBe('friend'));
});

describe('answerFromReply', () => {
  const context = {
    firstName: 'Maren',
    username: 'maren_aldous',
    products: ['Nib No. 4', 'Nib', 'Ink'],
  };

  it('turns the customer, the product and the link back into variables', () => {
    const draft = answerFromReply(
      '@maren_aldous Hi Maren! Your Nib No. 4 ships Monday: https://quillory.example/t/1 {sic}',
      context,
    );
    expect(draft).toEqual({
      body: '{handle} Hi {first_name}! Your {product} ships Monday: {link} {{sic}}',
      link: 'https://quillory.example/t/1',
      product: 'Nib No. 4',
    });
  });

  it('matches whole words only, and what it does not find stays as written', () => {
    const draft = answerFromReply('Marena inked a Nibble for @maren_aldous2', context);
    expect(draft).toEqual({
      body: 'Marena inked a Nibble for @maren_aldous2',
      link: null,
      product: null,
    });
  });

  it('filling the answer again gives back the reply', () => {
    const reply = '@Maren_Aldous thanks Maren, the Ink is back: https://q.example/ink';
    const draft = answerFromReply(reply, context);
    const filled = fillAnswer(draft.body, {
      handle: '@Maren_Aldous',
      first_name: 'Maren',
      product: 'Ink',
      link: draft.link!,
    });
    expect(filled.text).toBe(reply);
  });
});
