import { listIdFrom } from '../../../shared/lists/list-ref';
import type { ColumnForm } from './column-form';
import { builderSpec } from './column-form';
import { columnTitleProblem } from './field-problems';
import { bareUsername } from '../../../shared/search/query-terms';

/** The fields of the column form that can have a problem. */
export type ColumnField = 'title' | 'query' | 'brandNames' | 'username' | 'listId';
export type ColumnProblems = Partial<Record<ColumnField, string>>;

const TITLE_FROM_QUERY_MAX = 40;

/**
 * A title for a column left untitled, from what it shows: a search its brand name or query, a
 * user column the @handle, else its type's name.
 */
export function defaultTitle(form: ColumnForm): string {
  switch (form.type) {
    case 'search': {
      const text =
        form.searchMode === 'builder'
          ? (builderSpec(form.builder).brandNames[0] ?? '')
          : form.query.trim().replace(/\s+/g, ' ');
      if (!text) return 'Search';
      return text.length > TITLE_FROM_QUERY_MAX
        ? `${text.slice(0, TITLE_FROM_QUERY_MAX - 1).trimEnd()}…`
        : text;
    }
    case 'user': {
      const name = bareUsername(form.username);
      return name ? `@${name}` : "A user's posts";
    }
    case 'list':
      return 'List';
    case 'mentions':
      return 'Mentions';
    case 'home':
      return 'Home';
    case 'inbox':
      return 'Support';
    case 'archive': {
      const text = form.query.trim().replace(/\s+/g, ' ');
      if (!text) return 'Archive';
      return text.length > TITLE_FROM_QUERY_MAX
        ? `${text.slice(0, TITLE_FROM_QUERY_MAX - 1).trimEnd()}…`
        : text;
    }
  }
}

/** The title the column gets: what the user typed, or the default. */
export const titleOf = (form: ColumnForm): string => form.title.trim() || defaultTitle(form);

/** Whether the field is required for the form's type (marked so beside its label). */
export function isRequired(form: ColumnForm, field: ColumnField): boolean {
  switch (field) {
    case 'query':
      return (form.type === 'search' && form.searchMode === 'query') || form.type === 'archive';
    case 'brandNames':
      return form.type === 'search' && form.searchMode === 'builder';
    case 'username':
      return form.type === 'user';
    case 'listId':
      return form.type === 'list';
    case 'title':
      return false;
  }
}

/**
 * What is wrong with the form, field by field, in words; empty when it can be sent. Main checks
 * again (and says so in the same words) but the user reads it here, beside the field.
 */
export function columnFormProblems(form: ColumnForm): ColumnProblems {
  const problems: ColumnProblems = {};
  const title = columnTitleProblem(form.title);
  if (title) problems.title = title;
  if (form.type === 'search') {
    if (form.searchMode === 'query' && form.query.trim() === '')
      problems.query = 'Write what to search for, e.g. acme OR "acme widgets"';
    if (form.searchMode === 'builder') {
      const spec = builderSpec(form.builder);
      if (spec.brandNames.length + spec.misspellings.length + spec.products.length === 0)
        problems.brandNames = 'Name the brand to search for (or a misspelling or product)';
    }
  }
  if (form.type === 'user') {
    const name = bareUsername(form.username);
    if (!name) problems.username = 'Whose posts? Type their @handle';
    else if (!/^\w{1,15}$/.test(name))
      problems.username = 'A handle is 1 to 15 letters, digits or underscores';
  }
  if (form.type === 'list') {
    const id = form.listId.trim();
    if (!id) problems.listId = 'Which list? Choose one of yours, or paste its address or id';
    else if (listIdFrom(id) === null)
      problems.listId = 'Paste the list’s address (x.com/i/lists/…) or its id, a number';
  }
  return problems;
}
