import { afterEach, describe, expect, it } from 'vitest';
import { createEventHub } from '../../../../src/main/ipc/events';
import { createOutcomesService } from '../../../../src/main/outcomes/outcomes-service';
import { createPeopleService } from '../../../../src/main/people/people-service';
import { silentLogger } from '../../../../src/main/platform/logger';
import { invokeContract } from '../../../../src/shared/ipc/contract';
import { libraryIn, post, tempDir, user } from '../../../support/library-fixture';
import type { PersonCard } from '../../../../src/shared/people/schema';

const BRAND = '900';
const PERSONAL = '901';
const closers: Array<() => void> = [];
afterEach(() => closers.splice(0).forEach((c) => c()));

/** The people and outcomes services on a real library file, with a column's page archived. */
function setup(dir = tempDir()) {
  const { library, clock } = libraryIn(dir);
  closers.push(() => library.close());
  const events = createEventHub();
  const changed: Array<string | null> = [];
  events.subscribe((e, p) => {
    if (e === 'people.changed') changed.push((p as { personId: string | null }).personId);
  });
  const deps = { people: library.people, clock, log: silentLogger, events };
  const people = createPeopleService({ ...deps, accountIds: () => [BRAND, PERSONAL] });
  const outcomes = createOutcomesService({
    ...deps,
    // "What it brought" is tested in outcomes/brought.test.ts; here no time was used.
    timeReport: () => ({ days: [], entries: [], sessions: [] }),
    budgetDays: () => ({ homeTimeZone: 'UTC', resetHour: 0 }),
    decks: () => [],
    accounts: () => [],
    accountDollars: () => 0,
  });
  const question = post('@quillory is the A5 notebook back?', { authorId: '11' });
  const thanks = post('@quillory thanks!', { authorId: '11' });
  const reply = post('@mira_b yes, this morning', { authorId: PERSONAL, inReplyToUserId: '11' });
  library.archive.add(
    {
      posts: [question, thanks, reply],
      includes: {
        users: [user('11', 'mira_b', 'Mira B'), user(PERSONAL, 'sam', 'Sam')],
        posts: [],
        media: [],
      },
    },
    { columnId: 'c1', accountId: BRAND },
    clock.now(),
  );
  return { library, clock, people: people.handlers, outcomes: outcomes.handlers, changed, reply };
}

describe('people service', () => {
  it('opens a person card with both accounts’ history, tags, notes and outcomes', () => {
    const s = setup();
    s.people.setTag({ personId: '11', tagId: 'lead', on: true });
    s.people.addNote({ personId: '11', text: 'Asked about A5 twice' });
    s.outcomes.log({ kind: 'sale', valueMinor: 4800, currency: 'GBP', note: '', personId: '11' });
    const card = s.people.card({
      personId: '11',
    }) as PersonCard;
    expect(card.person).toMatchObject({ username: 'mira_b', tagIds: ['lead'] });
    expect(card.postsSeenCount).toBe(2);
    expect(card.repliesSent).toMatchObject([{ id: s.reply.id, accountId: PERSONAL }]);
    expect(card.notes.map((n) => n.text)).toEqual(['Asked about A5 twice']);
    expect(card.outcomes).toMatchObject([{ kind: 'sale', valueMinor: 4800, currency: 'GBP' }]);
    expect(invokeContract.people.card.response.safeParse(card).success).toBe(true);
    expect(s.changed).toEqual(['11', '11']);
    expect(s.people.tags(undefined)).toMatchObject({ byPerson: { '11': ['lead'] } });
  });

  it('refuses tags that are not on the list and people it never saw, changing nothing', () => {
    const s = setup();
    expect(() => s.people.setTag({ personId: '11', tagId: 'nope', on: true })).toThrow(/no longer/);
    expect(() => s.people.setTag({ personId: '77', tagId: 'lead', on: true })).toThrow(/nothing/);
    expect(() => s.people.card({ personId: '77' })).toThrow(/nothing/);
    expect(() => s.people.createTag({ name: 'LEAD', color: '#000000' })).toThrow(/already/);
    expect(s.library.people.allTagged()).toEqual({});
  });

  it('lists people by search and tag', () => {
    const s = setup();
    s.people.setTag({ personId: '11', tagId: 'customer', on: true });
    const names = (r: unknown) =>
      (r as { people: Array<{ username: string }> }).people.map((p) => p.username);
    expect(names(s.people.list({ search: 'mira' }))).toEqual(['mira_b']);
    expect(names(s.people.list({ tagId: 'customer' }))).toEqual(['mira_b']);
    expect(names(s.people.list({ tagId: 'press' }))).toEqual([]);
    expect(names(s.people.list({}))).toEqual(['mira_b', 'sam']);
  });

  it('exports people as CSV that imports into another library, adding and never doubling', () => {
    const s = setup();
    s.people.setTag({ personId: '11', tagId: 'customer', on: true });
    s.people.createTag({ name: 'Stockist', color: '#123456' });
    s.people.setTag({ personId: '11', tagId: 'stockist', on: true });
    s.people.addNote({ personId: '11', text: '=SUM(A1) is not a formula here' });
    const { csv } = s.people.exportCsv(undefined) as { csv: string };
    expect(csv.split('\n')[0]).toBe('x_user_id,username,name,bio,tags,notes');

    const other = setup();
    const result = other.people.importCsv({ csv: `${csv}abc,bad,row,,,\n` });
    expect(result).toEqual({
      imported: 2,
      problems: [{ line: 4, reason: 'x_user_id must be an X user id (digits)' }],
    });
    const card = other.people.card({
      personId: '11',
    }) as PersonCard;
    expect(card.person.tagIds).toEqual(['customer', 'stockist']);
    expect(card.notes.map((n) => n.text)).toEqual(['=SUM(A1) is not a formula here']);
    // Importing again adds nothing twice.
    other.people.importCsv({ csv });
    expect(other.library.people.notesOf('11')).toHaveLength(1);
  });

  it('deletes a person and everything about them', () => {
    const s = setup();
    s.people.setTag({ personId: '11', tagId: 'lead', on: true });
    s.people.addNote({ personId: '11', text: 'private' });
    s.people.remove({ personId: '11' });
    expect(() => s.people.card({ personId: '11' })).toThrow();
    expect(s.library.people.notesOf('11')).toEqual([]);
    expect(s.library.archive.search({ words: ['notebook'], phrases: [], from: [] }, 5).total).toBe(
      1,
    );
  });
});

describe('the people and outcomes channels', () => {
  it('refuse a value without a currency, a bad currency, unknown keys and bad ids', () => {
    const log = invokeContract.outcomes.log.request;
    expect(log.safeParse({ kind: 'sale', valueMinor: 4800 }).success).toBe(false);
    expect(log.safeParse({ kind: 'sale', valueMinor: 4800, currency: 'gbp' }).success).toBe(false);
    expect(log.safeParse({ kind: 'sale', valueMinor: -1, currency: 'GBP' }).success).toBe(false);
    expect(log.safeParse({ kind: 'bribe' }).success).toBe(false);
    expect(log.safeParse({ kind: 'sale', extra: 1 }).success).toBe(false);
    expect(log.safeParse({ kind: 'sale', valueMinor: 4800, currency: 'GBP' }).success).toBe(true);
    expect(
      invokeContract.people.setTag.request.safeParse({ personId: 'x', tagId: 'lead', on: true })
        .success,
    ).toBe(false);
    expect(
      invokeContract.people.addNote.request.safeParse({ personId: '1', text: '   ' }).success,
    ).toBe(false);
    expect(
      invokeContract.people.createTag.request.safeParse({ name: 'vip', color: 'red' }).success,
    ).toBe(false);
  });
});
