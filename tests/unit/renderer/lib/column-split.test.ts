import { describe, expect, it } from 'vitest';
import {
  emptyColumnForm,
  filtersFromForm,
  formToDraft,
  parseList,
  type ColumnForm,
} from '../../../../src/renderer/src/lib/column-form';
import { numberedTitle, splitColumnForm } from '../../../../src/renderer/src/lib/column-split';
import { queryFit } from '../../../../src/renderer/src/lib/search-query';
import { ColumnDraftSchema } from '../../../../src/shared/decks/schema';

const products = Array.from({ length: 60 }, (_, i) => `Rocket Skates Model ${i + 1}`);

const bigSearch = (patch: Partial<ColumnForm> = {}): ColumnForm => {
  const base = emptyColumnForm('900');
  return {
    ...base,
    title: 'Acme support',
    builder: {
      ...base.builder,
      brandNames: 'Acme',
      products: products.join('\n'),
      excludeAuthors: '@acme',
    },
    filters: { ...base.filters, hideReplies: true, mutedWords: 'giveaway' },
    ...patch,
  };
};

describe('splitColumnForm', () => {
  it('splits a search too long for X into columns whose every query fits, filters included', () => {
    const form = bigSearch();
    expect(queryFit(formToDraft(form).query ?? '', filtersFromForm(form.filters)).fits).toBe(false);

    const split = splitColumnForm(form);
    if (!split.ok) throw new Error(split.message);
    expect(split.forms.length).toBeGreaterThan(1);
    for (const f of split.forms) {
      const draft = ColumnDraftSchema.parse(formToDraft(f));
      expect(queryFit(draft.query ?? '', draft.filters).fits).toBe(true);
      expect(draft.query).toContain('-from:acme');
      expect(draft.filters.hideReplies).toBe(true);
    }
  });

  it('searches every term exactly once across the columns', () => {
    const split = splitColumnForm(bigSearch());
    if (!split.ok) throw new Error(split.message);
    const terms = split.forms.flatMap((f) => [
      ...parseList(f.builder.brandNames),
      ...parseList(f.builder.misspellings),
      ...parseList(f.builder.products),
    ]);
    expect(terms.sort()).toEqual(['Acme', ...products].sort());
  });

  it('keeps the title on the first column and numbers the others', () => {
    const split = splitColumnForm(bigSearch());
    if (!split.ok) throw new Error(split.message);
    expect(split.forms.map((f) => f.title)).toEqual(
      split.forms.map((_, i) => (i === 0 ? 'Acme support' : `Acme support (${i + 1})`)),
    );
  });

  it('says why when one term alone cannot fit', () => {
    const split = splitColumnForm(
      bigSearch({ builder: { ...bigSearch().builder, products: 'x'.repeat(520) } }),
    );
    expect(split.ok).toBe(false);
  });
});

describe('numberedTitle', () => {
  it('always fits a column title', () => {
    const long = 'A'.repeat(60);
    expect(numberedTitle(long, 12).length).toBeLessThanOrEqual(60);
    expect(numberedTitle(long, 12).endsWith(' (12)')).toBe(true);
    expect(numberedTitle('  ', 2)).toBe('Search (2)');
  });
});
