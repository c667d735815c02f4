import { COLUMN_TITLE_MAX } from '../../../shared/decks/constants';
import { builderSpec, builderToForm, filtersFromForm, type ColumnForm } from './column-form';
import { splitSupportSearch } from './search-query';

export type SplitForms = { ok: true; forms: ColumnForm[] } | { ok: false; message: string };

const TITLE_MAX = COLUMN_TITLE_MAX;

/** "Acme (2)", shortened so that the number always fits in a title. */
export function numberedTitle(title: string, n: number): string {
  const suffix = ` (${n})`;
  const base = title.trim() || 'Search';
  return base.length + suffix.length <= TITLE_MAX
    ? base + suffix
    : `${base.slice(0, TITLE_MAX - suffix.length - 1).trimEnd()}…${suffix}`;
}

/**
 * A builder search too long for one X query, as one form per column: the first keeps the
 * column's title, the others are numbered. Every one keeps the exclusions and filters.
 */
export function splitColumnForm(form: ColumnForm): SplitForms {
  const split = splitSupportSearch(builderSpec(form.builder), filtersFromForm(form.filters));
  if (!split.ok) return { ok: false, message: split.message };
  return {
    ok: true,
    forms: split.chunks.map((chunk, i) => ({
      ...form,
      title: i === 0 ? form.title : numberedTitle(form.title, i + 1),
      searchMode: 'builder',
      builder: builderToForm(chunk),
    })),
  };
}
