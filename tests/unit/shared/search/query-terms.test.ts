import { describe, expect, it } from 'vitest';
import {
  formatTerm,
  normaliseTerm,
  parseTermList,
  uniqueTerms,
} from '../../../../src/shared/search/query-terms';

describe('query terms', () => {
  it.each([
    ['acme', 'acme'],
    ['  Acme  ', 'Acme'],
    ['Crème', 'Crème'],
    ['東京', '東京'],
    ['model_3', 'model_3'],
    ['#acme', '#acme'],
    ['@acme', '@acme'],
    ['$ACME', '$ACME'],
    ['road runner', '"road runner"'],
    ['road   runner', '"road runner"'],
    ['say "hello" now', '"say hello now"'],
    ['“curly” quotes', '"curly quotes"'],
    ['from:acme', '"from:acme"'],
    ['-acme', '"-acme"'],
    ['(acme)', '"(acme)"'],
    ['OR', '"OR"'],
    ['AND', '"AND"'],
    ['or', 'or'],
    ['x-ray', '"x-ray"'],
    ['😃', '"😃"'],
    ['""', ''],
    ['   ', ''],
  ])('formatTerm(%j) is %j', (raw, written) => {
    expect(formatTerm(raw)).toBe(written);
  });

  it('leaves no double quote inside a term', () => {
    expect(normaliseTerm('a"b"c')).toBe('a b c');
  });

  it('keeps the first spelling of terms equal but for case', () => {
    expect(uniqueTerms(['Acme', 'ACME', ' acme ', 'Acme Pro', 'acme  pro', ''])).toEqual([
      'Acme',
      'Acme Pro',
    ]);
  });

  it('reads a pasted list by lines, commas, semicolons and tabs', () => {
    const pasted =
      'Widget 3000\r\nGizmo Pro, Gizmo Lite;Sprocket\tWidget 3000\n\n  ,  \nwidget 3000';
    expect(parseTermList(pasted)).toEqual(['Widget 3000', 'Gizmo Pro', 'Gizmo Lite', 'Sprocket']);
  });
});
