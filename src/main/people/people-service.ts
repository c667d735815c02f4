import { peopleCsv, parsePeopleCsv } from '../../shared/people/people-csv';
import type {
  ImportResultSchema,
  PeopleList,
  PeopleTags,
  PersonCard,
} from '../../shared/people/schema';
import type { Clock } from '../../shared/time/clock';
import type { z } from 'zod';
import { AppFailure, notFound } from '../errors';
import type { EventHub } from '../ipc/events';
import type { Handlers } from '../ipc/router';
import type { PeopleStore } from '../library/people';
import type { Logger } from '../platform/logger';

export interface PeopleDeps {
  people: PeopleStore;
  clock: Clock;
  log: Logger;
  events: EventHub;
  /** The owner's accounts' X ids (an account's id in Timedeck is its X user id). */
  accountIds(): readonly string[];
}

/** Colours given to tags an import brings, in turn. */
const IMPORT_COLORS = ['#0d9488', '#9333ea', '#ea580c', '#65a30d', '#0284c7'];
const HISTORY_LIMIT = 20;

/**
 * People: the person card (both accounts' history with someone, the owner's tags and notes, the
 * outcomes they brought), the People list, tags, CSV export and import, and a delete that
 * really deletes. All of it is the owner's and stays in the local library.
 */
export function createPeopleService(deps: PeopleDeps) {
  const { people, clock, events } = deps;

  /** Runs a user's change; a disk that refuses it is an error the user reads, nothing lost. */
  function change<T>(what: string, fn: () => T): T {
    try {
      return fn();
    } catch (e) {
      if (e instanceof AppFailure) throw e;
      deps.log.error(`people: ${what} failed`, e);
      throw new AppFailure(
        'internal',
        `Timedeck could not save this (${what}): the library refused the write. Nothing was changed; try again.`,
      );
    }
  }

  function card(personId: string): PersonCard {
    const person = people.person(personId);
    if (!person) throw notFound('Timedeck knows nothing of this person (any more).');
    const seen = people.postsSeen(personId, HISTORY_LIMIT);
    const replies = people.repliesTo(personId, deps.accountIds(), HISTORY_LIMIT);
    return {
      person,
      tags: people.tags(),
      notes: people.notesOf(personId),
      outcomes: people.outcomesOf(personId),
      postsSeen: seen.posts,
      postsSeenCount: seen.count,
      repliesSent: replies.posts,
      repliesSentCount: replies.count,
      conversations: people.conversationsWith(personId),
    };
  }

  const tagsView = (): PeopleTags => ({ tags: people.tags(), byPerson: people.allTagged() });
  const changed = (personId: string | null) => events.emit('people.changed', { personId });

  function requireTag(tagId: string) {
    if (!people.hasTag(tagId)) throw notFound('That tag is no longer on the list.');
  }

  function importCsv(text: string): z.input<typeof ImportResultSchema> {
    const parsed = parsePeopleCsv(text);
    if (!parsed.ok) return { imported: 0, problems: parsed.problems };
    const now = clock.now();
    let imported = 0;
    const problems = [...parsed.problems];
    for (const row of parsed.rows) {
      try {
        people.ensurePerson({ id: row.id, username: row.username, name: row.name }, now);
        for (const name of row.tags) {
          const tag =
            people.tagNamed(name) ??
            people.createTag(
              name,
              IMPORT_COLORS[people.tags().length % IMPORT_COLORS.length]!,
              now,
            );
          people.setTagged(row.id, tag.id, true, now);
        }
        const known = new Set(people.notesOf(row.id).map((n) => n.text));
        for (const note of row.notes)
          if (!known.has(note)) people.addNote(row.id, note.slice(0, 5000), now);
        imported++;
      } catch (e) {
        deps.log.error(`people: import of line ${row.line} failed`, e);
        problems.push({ line: row.line, reason: 'The library refused this row' });
      }
    }
    if (imported > 0) changed(null);
    return { imported, problems: problems.sort((a, b) => a.line - b.line) };
  }

  const handlers: Handlers['people'] = {
    list: ({ search, tagId, limit }): PeopleList => ({
      people: people.list({
        ...(search !== undefined ? { search } : {}),
        ...(tagId !== undefined ? { tagId } : {}),
        ...(limit !== undefined ? { limit } : {}),
      }),
      tags: people.tags(),
    }),
    card: ({ personId }) => card(personId),
    tags: () => tagsView(),
    setTag: ({ personId, tagId, on }) => {
      requireTag(tagId);
      if (!people.person(personId)) throw notFound('Timedeck knows nothing of this person.');
      change('a tag', () => people.setTagged(personId, tagId, on, clock.now()));
      changed(personId);
      return card(personId);
    },
    createTag: ({ name, color }) => {
      if (people.tagNamed(name))
        throw new AppFailure('conflict', `There is a tag “${name}” already.`);
      change('a new tag', () => people.createTag(name, color, clock.now()));
      changed(null);
      return tagsView();
    },
    updateTag: ({ tagId, name, color }) => {
      requireTag(tagId);
      const same = name !== undefined ? people.tagNamed(name) : null;
      if (same && same.id !== tagId)
        throw new AppFailure('conflict', `There is a tag “${name}” already.`);
      change('the tag', () =>
        people.updateTag(
          tagId,
          { ...(name !== undefined ? { name } : {}), ...(color !== undefined ? { color } : {}) },
          clock.now(),
        ),
      );
      changed(null);
      return tagsView();
    },
    removeTag: ({ tagId }) => {
      change('removing the tag', () => people.removeTag(tagId));
      changed(null);
      return tagsView();
    },
    addNote: ({ personId, text }) => {
      if (!people.person(personId)) throw notFound('Timedeck knows nothing of this person.');
      change('the note', () => people.addNote(personId, text, clock.now()));
      return card(personId);
    },
    updateNote: ({ personId, noteId, text }) => {
      if (!change('the note', () => people.updateNote(noteId, text, clock.now())))
        throw notFound('That note is gone.');
      return card(personId);
    },
    removeNote: ({ personId, noteId }) => {
      change('removing the note', () => people.removeNote(noteId));
      return card(personId);
    },
    remove: ({ personId }) => {
      change('deleting the person', () => people.deletePerson(personId));
      changed(personId);
      return null;
    },
    exportCsv: () => {
      const tagName = new Map(people.tags().map((t) => [t.id, t.name]));
      const rows = people.list({ limit: 1_000_000 }).map((p) => ({
        id: p.id,
        username: p.username,
        name: p.name,
        bio: p.bio ?? '',
        tags: p.tagIds.map((id) => tagName.get(id) ?? id),
        notes: people.notesOf(p.id).map((n) => n.text),
      }));
      const day = new Date(clock.now()).toISOString().slice(0, 10);
      return { filename: `timedeck-people-${day}.csv`, csv: peopleCsv(rows) };
    },
    importCsv: ({ csv }) => importCsv(csv),
  };

  return { handlers, card };
}
