import { describe, expect, it } from 'vitest';
import {
  columnToForm,
  emptyColumnForm,
  formToDraft,
  type ColumnForm,
} from '../../../../src/renderer/src/lib/column-form';
import {
  ColumnDraftSchema,
  ColumnPatchSchema,
  DEFAULT_REFRESH_MS,
  type Column,
} from '../../../../src/shared/decks/schema';
import { NO_FILTERS } from '../../../../src/shared/search/column-filters';

const form = (patch: Partial<ColumnForm>): ColumnForm => ({
  ...emptyColumnForm('900'),
  title: 'Acme',
  ...patch,
});

/** Creates the column main would from a draft, as if it were stored and reopened. */
const stored = (f: ColumnForm): Column => ({
  id: 'c1',
  ...ColumnDraftSchema.parse(formToDraft(f)),
  notify: f.notify,
});

describe('formToDraft', () => {
  it('starts as a 2-minute search with no filters, which main accepts', () => {
    const draft = ColumnDraftSchema.parse(formToDraft(form({})));
    expect(draft.intervalMs).toBe(DEFAULT_REFRESH_MS);
    expect(draft.filters).toEqual(NO_FILTERS);
    expect(draft.query).toBe('');
    expect(draft.builder).toBeUndefined();
  });

  it('builds the query from the builder, and keeps the builder with it', () => {
    const draft = ColumnDraftSchema.parse(
      formToDraft(
        form({
          builder: {
            brandNames: 'Acme, Acme Widgets',
            misspellings: 'acmee\nakme',
            products: 'Rocket Skates; Giant Magnet',
            excludeAuthors: '@acme, acme_support',
            excludeReposts: true,
            lang: 'en',
          },
        }),
      ),
    );
    expect(draft.query).toBe(
      '(Acme OR "Acme Widgets" OR acmee OR akme OR "Rocket Skates" OR "Giant Magnet") -is:retweet lang:en -from:acme -from:acme_support',
    );
    expect(draft.builder?.excludeAuthors).toEqual(['acme', 'acme_support']);
  });

  it('sends a hand-written query as written, without a builder', () => {
    const draft = formToDraft(form({ searchMode: 'query', query: '  acme -is:reply  ' }));
    expect(draft.query).toBe('acme -is:reply');
    expect(draft).not.toHaveProperty('builder');
  });

  it('sends only what the column’s type needs', () => {
    const user = formToDraft(form({ type: 'user', username: '@jack', query: 'ignored' }));
    expect(user).toMatchObject({ type: 'user', username: 'jack' });
    expect(user).not.toHaveProperty('query');
    const list = formToDraft(form({ type: 'list', listId: ' 1234 ' }));
    expect(list).toMatchObject({ listId: '1234' });
    // A pasted address saves as the id it names.
    const pasted = formToDraft(form({ type: 'list', listId: 'x.com/i/lists/98765/members' }));
    expect(pasted).toMatchObject({ listId: '98765' });
    const mentions = formToDraft(form({ type: 'mentions', username: 'x', listId: '1' }));
    expect(mentions).not.toHaveProperty('username');
    expect(mentions).not.toHaveProperty('listId');
  });

  it('leaves out a username or list id not given yet, so the column says what it needs', () => {
    expect(formToDraft(form({ type: 'user', username: ' @ ' }))).not.toHaveProperty('username');
    expect(formToDraft(form({ type: 'list', listId: '' }))).not.toHaveProperty('listId');
  });

  it('turns the filters’ pasted lists into lists', () => {
    const draft = ColumnDraftSchema.parse(
      formToDraft(
        form({
          filters: {
            hideReposts: true,
            hideReplies: false,
            onlyLinks: false,
            onlyMedia: true,
            lang: 'fr',
            mutedWords: 'spoiler, "giveaway"\ncrypto',
            mutedAccounts: '@spammer\nbot_42',
          },
        }),
      ),
    );
    expect(draft.filters).toEqual({
      hideReposts: true,
      hideReplies: false,
      onlyLinks: false,
      onlyMedia: true,
      lang: 'fr',
      mutedWords: ['spoiler', 'giveaway', 'crypto'],
      mutedAccounts: ['spammer', 'bot_42'],
    });
  });

  it('is a valid patch as well', () => {
    expect(ColumnPatchSchema.safeParse(formToDraft(form({}))).success).toBe(true);
  });

  it('lets main refuse an interval that is not a number, with its own message', () => {
    const result = ColumnDraftSchema.safeParse(
      formToDraft(form({ interval: { value: 'often', unit: 'minutes' } })),
    );
    expect(result.success).toBe(false);
  });
});

describe('columnToForm', () => {
  it('reopens a built search in the builder, as it was', () => {
    const original = form({
      builder: {
        brandNames: 'Acme',
        misspellings: 'acmee',
        products: 'Rocket Skates',
        excludeAuthors: '@acme',
        excludeReposts: false,
        lang: '',
      },
      interval: { value: '45', unit: 'seconds' },
      notify: true,
    });
    const reopened = columnToForm(stored(original));
    expect(reopened.searchMode).toBe('builder');
    expect(formToDraft(reopened)).toEqual(formToDraft(original));
    expect(reopened.interval).toEqual({ value: '45', unit: 'seconds' });
  });

  it('reopens a search whose query was edited by hand as that query', () => {
    const column = {
      ...stored(form({ builder: { ...emptyColumnForm(null).builder, brandNames: 'Acme' } })),
    };
    column.query = 'acme OR acmecorp';
    const reopened = columnToForm(column);
    expect(reopened.searchMode).toBe('query');
    expect(reopened.query).toBe('acme OR acmecorp');
  });

  it('gives the same draft back for every type', () => {
    for (const f of [
      form({ type: 'user', username: 'jack' }),
      form({ type: 'list', listId: '99' }),
      form({ type: 'home', width: 'wide', accountId: null }),
      form({ searchMode: 'query', query: 'acme lang:en' }),
    ]) {
      expect(formToDraft(columnToForm(stored(f)))).toEqual(formToDraft(f));
    }
  });
});
