import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitTabs } from '../../../../src/renderer/src/components/header/fit-tabs';
import { emptyColumnForm, type ColumnForm } from '../../../../src/renderer/src/lib/column-form';
import {
  columnFormProblems,
  defaultTitle,
  isRequired,
  titleOf,
} from '../../../../src/renderer/src/lib/column-form-problems';
import { deckAccount } from '../../../../src/renderer/src/lib/deck-account';
import {
  apiBaseUrlProblem,
  callbackPortProblem,
  capDollars,
  deckNameProblem,
  spendCapProblem,
} from '../../../../src/renderer/src/lib/field-problems';
import {
  settingsForm,
  settingsFromForm,
  timeboxFormProblems,
} from '../../../../src/renderer/src/lib/timebox-settings-form';
import { uniqueShown } from '../../../../src/renderer/src/lib/unique-reposts';
import { countsWithOwn } from '../../../../src/renderer/src/store/own-actions-slice';
import { resolvedTheme } from '../../../../src/renderer/src/hooks/use-appearance';
import { defaultTimeboxSettings } from '../../../../src/shared/timebox/settings';
import { post } from '../fixtures';

describe('fitting deck tabs into the header', () => {
  it('keeps every tab when all fit', () => {
    expect(fitTabs([80, 90, 100], 0, 300, 2)).toEqual([true, true, true]);
  });

  it('drops tabs from the end, never the open one', () => {
    expect(fitTabs([80, 90, 100], 2, 190, 2)).toEqual([true, false, true]);
    expect(fitTabs([80, 90, 100], 0, 100, 2)).toEqual([true, false, false]);
  });

  it('keeps the open tab even when nothing fits', () => {
    expect(fitTabs([80, 90, 100], 1, 10, 2)).toEqual([false, true, false]);
  });

  it('never shows more than fits, unless the open tab alone is too wide', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 20, max: 300 }), { minLength: 1, maxLength: 9 }),
        fc.nat(8),
        fc.integer({ min: 0, max: 2000 }),
        (widths, at, room) => {
          const active = at % widths.length;
          const shown = fitTabs(widths, active, room, 2);
          expect(shown[active]).toBe(true);
          const used =
            widths.reduce((sum, w, i) => (shown[i] ? sum + w : sum), 0) +
            2 * (shown.filter(Boolean).length - 1);
          if (shown.filter(Boolean).length > 1) expect(used).toBeLessThanOrEqual(room);
        },
      ),
    );
  });
});

describe('the account a new column reads as', () => {
  const col = (accountId: string | null) => ({ accountId });

  it('is the one most columns of the deck use', () => {
    expect(deckAccount([col('brand'), col('me'), col('me')], ['brand', 'me'])).toBe('me');
  });

  it('goes to the leftmost on a tie, and skips accounts no longer signed in', () => {
    expect(deckAccount([col('me'), col('brand')], ['brand', 'me'])).toBe('me');
    expect(deckAccount([col('gone'), col('gone'), col('me')], ['brand', 'me'])).toBe('me');
  });

  it('is the first signed-in account for an empty deck, and none without accounts', () => {
    expect(deckAccount([col(null)], ['brand', 'me'])).toBe('brand');
    expect(deckAccount([], [])).toBeNull();
  });
});

describe('the column form, checked beside its fields', () => {
  const form = (patch: Partial<ColumnForm>): ColumnForm => ({
    ...emptyColumnForm('a'),
    ...patch,
  });

  it('asks a search for something to search for, in the mode in use', () => {
    expect(columnFormProblems(form({}))).toEqual({
      brandNames: 'Name the brand to search for (or a misspelling or product)',
    });
    expect(columnFormProblems(form({ searchMode: 'query', query: '  ' })).query).toMatch(
      /^Write what to search for/,
    );
    const builder = { ...emptyColumnForm(null).builder, products: 'Fountain pen' };
    expect(columnFormProblems(form({ builder }))).toEqual({});
  });

  it('asks a user column for a handle and a list column for a numeric id', () => {
    expect(columnFormProblems(form({ type: 'user', username: '@' })).username).toBe(
      'Whose posts? Type their @handle',
    );
    expect(columnFormProblems(form({ type: 'user', username: '@has space' })).username).toMatch(
      /1 to 15 letters/,
    );
    expect(columnFormProblems(form({ type: 'user', username: '@kate_b' }))).toEqual({});
    expect(columnFormProblems(form({ type: 'list', listId: 'abc' })).listId).toBe(
      'Paste the list’s address (x.com/i/lists/…) or its id, a number',
    );
    expect(columnFormProblems(form({ type: 'list', listId: ' 123 ' }))).toEqual({});
    expect(
      columnFormProblems(form({ type: 'list', listId: 'https://x.com/i/lists/1234567890' })),
    ).toEqual({});
    expect(
      columnFormProblems(form({ type: 'list', listId: 'https://evil.example/i/lists/1' })).listId,
    ).toMatch(/address/);
  });

  it('needs nothing of mentions and home columns, but a title no longer than main takes', () => {
    expect(columnFormProblems(form({ type: 'mentions' }))).toEqual({});
    expect(columnFormProblems(form({ type: 'home', title: 'x'.repeat(61) })).title).toMatch(
      /at most 60/,
    );
  });

  it('marks as required exactly what the type needs', () => {
    expect(isRequired(form({}), 'brandNames')).toBe(true);
    expect(isRequired(form({}), 'query')).toBe(false);
    expect(isRequired(form({ searchMode: 'query' }), 'query')).toBe(true);
    expect(isRequired(form({ type: 'user' }), 'username')).toBe(true);
    expect(isRequired(form({}), 'title')).toBe(false);
  });

  it('titles an untitled column from its query', () => {
    const builder = { ...emptyColumnForm(null).builder, brandNames: 'Quillory, Quillory Pens' };
    expect(defaultTitle(form({ builder }))).toBe('Quillory');
    expect(defaultTitle(form({ searchMode: 'query', query: ' fountain   pen ' }))).toBe(
      'fountain pen',
    );
    const long = defaultTitle(form({ searchMode: 'query', query: 'a'.repeat(80) }));
    expect(long).toHaveLength(40);
    expect(long.endsWith('…')).toBe(true);
    expect(defaultTitle(form({ type: 'user', username: 'kate' }))).toBe('@kate');
    expect(defaultTitle(form({ type: 'mentions' }))).toBe('Mentions');
    expect(titleOf(form({ type: 'home', title: '  Friends ' }))).toBe('Friends');
    expect(titleOf(form({ type: 'home', title: '  ' }))).toBe('Home');
  });

  it('reads a spend cap as typed, empty for no cap, and says what is wrong with it', () => {
    expect(capDollars(' $19,50 ')).toBe(19.5);
    expect(capDollars('  ')).toBeNull();
    expect(spendCapProblem('')).toBeNull();
    expect(spendCapProblem('twenty')).toMatch(/leave empty for no cap/);
    expect(spendCapProblem('-1')).toMatch(/^Dollars/);
    expect(spendCapProblem('200000')).toMatch(/At most/);
  });

  it('says what the X app form needs: a usable port and an http(s) address', () => {
    expect(callbackPortProblem('53682')).toBeNull();
    expect(callbackPortProblem('80')).toMatch(/between 1024 and 65535/);
    expect(callbackPortProblem('5368a')).toMatch(/between 1024 and 65535/);
    expect(apiBaseUrlProblem('https://api.x.com')).toBeNull();
    expect(apiBaseUrlProblem('http://127.0.0.1:9000')).toBeNull();
    expect(apiBaseUrlProblem('ftp://api.x.com')).toMatch(/http\(s\)/);
    expect(apiBaseUrlProblem('api.x.com')).toMatch(/http\(s\)/);
  });

  it('says what a deck name needs', () => {
    expect(deckNameProblem('  ')).toBe('Give the deck a name');
    expect(deckNameProblem('x'.repeat(41))).toMatch(/at most 40/);
    expect(deckNameProblem('Launch')).toBeNull();
  });
});

describe('the time box form: an empty day means no limit', () => {
  const settings = defaultTimeboxSettings('Europe/Berlin');

  it('shows a whole-day budget as an empty field and saves an empty field as a whole day', () => {
    const form = settingsForm(
      { ...settings, weekdayBudgets: { ...settings.weekdayBudgets, sat: 1440 } },
      [],
    );
    expect(form.weekdayBudgets.sat).toBe('');
    form.weekdayBudgets.sun = '';
    const saved = settingsFromForm(form);
    expect(saved.weekdayBudgets.sat).toBe(1440);
    expect(saved.weekdayBudgets.sun).toBe(1440);
    expect(timeboxFormProblems(form)).toEqual({});
  });

  it('says beside a field what is wrong with it', () => {
    const form = settingsForm(settings, ['brand']);
    form.weekdayBudgets.mon = 'half an hour';
    form.weekdayBudgets.tue = '2000';
    form.deckBudgets.brand = '-5';
    form.idleThresholdSeconds = '5';
    form.overrideMinutes = '';
    expect(timeboxFormProblems(form)).toEqual({
      mon: 'Whole minutes, e.g. 30 (leave empty for no limit)',
      tue: 'At most a day: 1440 minutes',
      'deck:brand': 'Whole minutes, e.g. 30 (leave empty for no limit)',
      idleThresholdSeconds: 'Between 10 and 1800 seconds',
      overrideMinutes: 'An override lasts 1 to 15 minutes',
    });
  });
});

describe('each post once per column', () => {
  const original = post('10');
  const repostA = post('11', { authorId: '2', referenced: [{ type: 'retweeted', id: '10' }] });
  const repostB = post('12', { authorId: '3', referenced: [{ type: 'retweeted', id: '10' }] });
  const other = post('13');
  const byId = new Map([original, repostA, repostB, other].map((p) => [p.id, p] as const));

  it('keeps the newest entry of a post and its reposts', () => {
    expect(uniqueShown(['13', '12', '11', '10'], byId)).toEqual(['13', '12']);
    expect(uniqueShown(['12', '11'], byId)).toEqual(['12']);
  });

  it('answers the same array for the same ids, and the ids themselves when nothing repeats', () => {
    const ids = ['13', '10'];
    expect(uniqueShown(ids, byId)).toBe(ids);
    const repeats = ['12', '11'];
    expect(uniqueShown(repeats, byId)).toBe(uniqueShown(repeats, byId));
  });
});

describe('counts with the user’s own actions', () => {
  const metrics = { replies: 2, reposts: 5, likes: 1, quotes: 0 };

  it('adds a repost and replies made here until X counts them itself', () => {
    const own = { repostedBy: { accountId: 'a', base: 5 }, replies: { sent: 2, base: 2 } };
    expect(countsWithOwn(metrics, own)).toMatchObject({ reposts: 6, replies: 4 });
    // X's next read already includes them: not counted twice.
    expect(countsWithOwn({ ...metrics, reposts: 6, replies: 4 }, own)).toMatchObject({
      reposts: 6,
      replies: 4,
    });
  });

  it('starts from zero for a post X sent without counts', () => {
    expect(countsWithOwn(undefined, { repostedBy: { accountId: 'a', base: 0 } }).reposts).toBe(1);
    expect(countsWithOwn(metrics, undefined)).toBe(metrics);
  });
});

describe('the theme in force', () => {
  it('is the chosen one, or what the system prefers for "system"', () => {
    expect(resolvedTheme('light', true)).toBe('light');
    expect(resolvedTheme('dark', false)).toBe('dark');
    expect(resolvedTheme('system', true)).toBe('dark');
    expect(resolvedTheme('system', false)).toBe('light');
  });
});
