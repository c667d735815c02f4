import { listIdFrom } from '../../../shared/lists/list-ref';
import type {
  Column,
  ColumnDraft,
  ColumnPatchInput,
  ColumnType,
  ColumnWidth,
} from '../../../shared/decks/schema';
import { DEFAULT_REFRESH_MS } from '../../../shared/decks/constants';
import type { ColumnFilters } from '../../../shared/search/column-filters';
import { bareUsername, parseTermList } from '../../../shared/search/query-terms';
import type { SupportSearch } from '../../../shared/search/support-query';
import { buildQuery } from '../../../shared/search/support-query-text';
import { intervalInput, intervalMs, type IntervalInput } from './interval';

type Language = NonNullable<ColumnFilters['lang']>;

/**
 * A column's settings as the form edits them: text as typed (lists as the user pasted them),
 * turned into a draft for main only on submit, so main's validation speaks for itself.
 */
export interface ColumnForm {
  title: string;
  type: ColumnType;
  width: ColumnWidth;
  accountId: string | null;
  /** A search column: the raw X query, or built from the support-search builder. */
  searchMode: 'query' | 'builder';
  query: string;
  builder: BuilderForm;
  username: string;
  listId: string;
  interval: IntervalInput;
  notify: boolean;
  filters: FiltersForm;
}

export interface BuilderForm {
  /** Comma- or line-separated, like every list below. */
  brandNames: string;
  misspellings: string;
  products: string;
  /** The brand's own handles: their posts are not customers talking. */
  excludeAuthors: string;
  excludeReposts: boolean;
  /** '' for any language. */
  lang: string;
}

export interface FiltersForm {
  hideReposts: boolean;
  hideReplies: boolean;
  onlyLinks: boolean;
  onlyMedia: boolean;
  lang: string;
  mutedWords: string;
  mutedAccounts: string;
  /** A tag id, or '' for everyone. */
  onlyTagged: string;
}

export const emptyBuilderForm = (): BuilderForm => ({
  brandNames: '',
  misspellings: '',
  products: '',
  excludeAuthors: '',
  excludeReposts: true,
  lang: '',
});

export const emptyFiltersForm = (): FiltersForm => ({
  hideReposts: false,
  hideReplies: false,
  onlyLinks: false,
  onlyMedia: false,
  lang: '',
  mutedWords: '',
  mutedAccounts: '',
  onlyTagged: '',
});

export function emptyColumnForm(accountId: string | null): ColumnForm {
  return {
    title: '',
    type: 'search',
    width: 'medium',
    accountId,
    searchMode: 'builder',
    query: '',
    builder: emptyBuilderForm(),
    username: '',
    listId: '',
    interval: intervalInput(DEFAULT_REFRESH_MS),
    notify: false,
    filters: emptyFiltersForm(),
  };
}

/** Pasted lists: one per line, or separated by commas, semicolons or tabs. */
export const parseList = (text: string): string[] => parseTermList(text);

export const parseHandles = (text: string): string[] =>
  parseTermList(text)
    .map(bareUsername)
    .filter((name) => name !== '');

export function builderToForm(spec: SupportSearch): BuilderForm {
  return {
    brandNames: spec.brandNames.join(', '),
    misspellings: spec.misspellings.join('\n'),
    products: spec.products.join('\n'),
    excludeAuthors: spec.excludeAuthors.map((n) => `@${n}`).join(', '),
    excludeReposts: spec.excludeReposts,
    lang: spec.lang ?? '',
  };
}

/**
 * The support search the builder describes (X's other exclusions are the column's filters).
 * `leaveOutMentionsOf`: accounts whose Mentions column is in the deck (their @handle is left out).
 */
export function builderSpec(form: BuilderForm, leaveOutMentionsOf: string[] = []): SupportSearch {
  return {
    ...(leaveOutMentionsOf.length ? { leaveOutMentionsOf } : {}),
    brandNames: parseList(form.brandNames),
    misspellings: parseList(form.misspellings),
    products: parseList(form.products),
    excludeAuthors: parseHandles(form.excludeAuthors),
    excludeReposts: form.excludeReposts,
    excludeReplies: false,
    ...(form.lang ? { lang: form.lang as Language } : {}),
    mustHaveLinks: false,
    mustHaveMedia: false,
    mutedWords: [],
    mutedAccounts: [],
  };
}

export function filtersToForm(filters: ColumnFilters): FiltersForm {
  return {
    hideReposts: filters.hideReposts,
    hideReplies: filters.hideReplies,
    onlyLinks: filters.onlyLinks,
    onlyMedia: filters.onlyMedia,
    lang: filters.lang ?? '',
    mutedWords: filters.mutedWords.join(', '),
    mutedAccounts: filters.mutedAccounts.map((n) => `@${n}`).join(', '),
    onlyTagged: filters.onlyTagged ?? '',
  };
}

export function filtersFromForm(form: FiltersForm): ColumnFilters {
  return {
    hideReposts: form.hideReposts,
    hideReplies: form.hideReplies,
    onlyLinks: form.onlyLinks,
    onlyMedia: form.onlyMedia,
    ...(form.lang ? { lang: form.lang as Language } : {}),
    mutedWords: parseList(form.mutedWords),
    mutedAccounts: parseHandles(form.mutedAccounts),
    ...(form.onlyTagged ? { onlyTagged: form.onlyTagged } : {}),
  };
}

/**
 * A column's settings in the form. A search whose stored query is what its builder makes opens
 * in the builder; one whose query was written (or edited) by hand opens as that query.
 */
export function columnToForm(column: Column): ColumnForm {
  const builtMatches =
    column.builder !== undefined &&
    (column.query ?? '') === buildQuery(column.builder, Number.MAX_SAFE_INTEGER).query;
  return {
    title: column.title,
    type: column.type,
    width: column.width,
    accountId: column.accountId,
    searchMode: column.type !== 'search' || builtMatches || !column.query ? 'builder' : 'query',
    query: column.query ?? '',
    builder: column.builder ? builderToForm(column.builder) : emptyBuilderForm(),
    username: column.username ?? '',
    listId: column.listId ?? '',
    interval: intervalInput(column.intervalMs),
    notify: column.notify,
    filters: filtersToForm(column.filters),
  };
}

/** The X query of a search form (before the filters' operators, which main adds). */
export function searchQueryOf(form: ColumnForm, leaveOutMentionsOf: string[] = []): string {
  if (form.searchMode === 'query') return form.query.trim();
  return builderHasTerms(form.builder)
    ? buildQuery(builderSpec(form.builder, leaveOutMentionsOf), Number.MAX_SAFE_INTEGER).query
    : '';
}

/** Whether the builder has anything to search for (an empty one leaves the query unset). */
function builderHasTerms(builder: BuilderForm): boolean {
  const spec = builderSpec(builder);
  return spec.brandNames.length + spec.misspellings.length + spec.products.length > 0;
}

/** What the column's type needs: a search its query, a user column a username, a list its id. */
function typeFields(form: ColumnForm, leaveOut: string[]): Partial<ColumnDraft> {
  switch (form.type) {
    case 'search':
      if (form.searchMode === 'query') return { query: form.query.trim() };
      return builderHasTerms(form.builder)
        ? { query: searchQueryOf(form, leaveOut), builder: builderSpec(form.builder, leaveOut) }
        : { query: '' };
    case 'user': {
      const username = bareUsername(form.username);
      return username ? { username } : {};
    }
    case 'list': {
      // The field takes a list's address as well as its id: what is saved is the id.
      const listId = listIdFrom(form.listId) ?? form.listId.trim();
      return listId ? { listId } : {};
    }
    case 'archive':
      return { query: form.query.trim() };
    case 'mentions':
    case 'home':
    case 'inbox':
      return {};
  }
}

/**
 * The draft main validates: everything the form says, type-specific fields for its type only.
 * `leaveOutMentionsOf` as for builderSpec.
 */
export function formToDraft(form: ColumnForm, leaveOutMentionsOf: string[] = []): ColumnDraft {
  return {
    title: form.title,
    type: form.type,
    width: form.width,
    accountId: form.accountId,
    intervalMs: intervalMs(form.interval),
    notify: form.notify,
    filters: filtersFromForm(form.filters),
    ...typeFields(form, leaveOutMentionsOf),
  };
}

/** An edit: the same fields as a draft, each replacing the column's own. */
export const formToPatch = (
  form: ColumnForm,
  leaveOutMentionsOf: string[] = [],
): ColumnPatchInput => formToDraft(form, leaveOutMentionsOf);
