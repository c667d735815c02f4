import type { OutcomeKind } from '../../shared/outcomes/return-on-time';
import type { PostClass } from '../../shared/outcomes/post-class';
import type { Note, Outcome, PersonSummary, Tag } from '../../shared/people/schema';
import type { XUser } from '../../shared/x/types';
import type { LibraryCore } from './core';
import type { SqlRow, SqlValue } from './driver';

/** An outcome as it is logged (checked by the service before it gets here). */
export interface NewOutcome {
  at: number;
  kind: OutcomeKind;
  valueMinor: number | null;
  currency: string | null;
  note: string;
  personId: string | null;
  postId: string | null;
  conversationKey: string | null;
  deckId: string | null;
  accountId: string | null;
}

const strOrNull = (v: SqlValue | undefined) => (v === null || v === undefined ? null : String(v));

function summaryOf(r: SqlRow, tagIds: string[]): PersonSummary {
  let user: Partial<XUser> = {};
  try {
    user = JSON.parse(String(r.json)) as XUser;
  } catch {
    // a damaged row still shows its name and handle
  }
  return {
    id: String(r.id),
    username: String(r.username),
    name: String(r.name),
    bio: user.description ?? null,
    avatarUrl: user.profileImageUrl ?? null,
    lastSeen: Number(r.updated_at),
    tagIds,
  };
}

const noteOf = (r: SqlRow): Note => ({
  id: Number(r.id),
  personId: String(r.person_id),
  text: String(r.text),
  createdAt: Number(r.created_at),
  updatedAt: Number(r.updated_at),
});

const outcomeOf = (r: SqlRow): Outcome => ({
  id: Number(r.id),
  at: Number(r.at),
  kind: String(r.kind) as OutcomeKind,
  valueMinor: r.value_minor === null ? null : Number(r.value_minor),
  currency: strOrNull(r.currency),
  note: String(r.note),
  personId: strOrNull(r.person_id),
  postId: strOrNull(r.post_id),
  conversationKey: strOrNull(r.conversation_key),
  deckId: strOrNull(r.deck_id),
  accountId: strOrNull(r.account_id),
});

/** "Wholesale buyers" → "wholesale-buyers": a tag's id, made once from its first name. */
const slug = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 30) || 'tag';

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * People as the owner knows them: tags, notes, outcomes, and their history with the owner's
 * accounts (posts seen, replies sent, conversations). The person rows themselves are written by
 * the archive as posts arrive (archive.ts). User-written changes go through `lib.tx`, so a write
 * the disk refuses is an error beside what was typed, never silently held.
 */
export function createPeopleStore(lib: LibraryCore) {
  const { q } = lib;

  function tagIdsOf(personId: string): string[] {
    return q(
      `SELECT pt.tag_id FROM person_tags pt JOIN tags t ON t.id = pt.tag_id
       WHERE pt.person_id = ? ORDER BY t.position`,
    )
      .all(personId)
      .map((r) => String(r.tag_id));
  }

  function tags(): Tag[] {
    return q('SELECT id, name, color FROM tags ORDER BY position, name')
      .all()
      .map((r) => ({ id: String(r.id), name: String(r.name), color: String(r.color) }));
  }

  function person(id: string): PersonSummary | null {
    const r = q('SELECT id, username, name, json, updated_at FROM people WHERE id = ?').get(id);
    return r ? summaryOf(r, tagIdsOf(id)) : null;
  }

  return {
    tags,
    person,
    /** People by name, handle or bio words, and by tag; the most recently seen first. */
    list(filter: { search?: string; tagId?: string; limit?: number }): PersonSummary[] {
      const where: string[] = [];
      const params: SqlValue[] = [];
      const search = filter.search?.trim().replace(/^@/, '');
      if (search) {
        const like = `%${escapeLike(search)}%`;
        where.push(
          `(p.name LIKE ? ESCAPE '\\' OR p.username LIKE ? ESCAPE '\\'
            OR json_extract(p.json, '$.description') LIKE ? ESCAPE '\\')`,
        );
        params.push(like, like, like);
      }
      if (filter.tagId) {
        where.push(
          'EXISTS (SELECT 1 FROM person_tags pt WHERE pt.person_id = p.id AND pt.tag_id = ?)',
        );
        params.push(filter.tagId);
      }
      const sql = `SELECT p.id, p.username, p.name, p.json, p.updated_at FROM people p
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY p.updated_at DESC, p.id LIMIT ?`;
      return q(sql)
        .all(...params, filter.limit ?? 200)
        .map((r) => summaryOf(r, tagIdsOf(String(r.id))));
    },
    /** Tag ids per person, for the posts a window shows; people with none are left out. */
    tagsByPerson(personIds: readonly string[]): Record<string, string[]> {
      const out: Record<string, string[]> = {};
      for (const id of new Set(personIds)) {
        const ids = tagIdsOf(id);
        if (ids.length) out[id] = ids;
      }
      return out;
    },
    /** Every tagged person, for the chips on posts and the "only tagged as" column filter. */
    allTagged(): Record<string, string[]> {
      const out: Record<string, string[]> = {};
      for (const r of q(
        `SELECT pt.person_id, pt.tag_id FROM person_tags pt JOIN tags t ON t.id = pt.tag_id
         ORDER BY t.position`,
      ).all())
        (out[String(r.person_id)] ??= []).push(String(r.tag_id));
      return out;
    },
    /** Keeps a person the archive never saw (a CSV import): their row as X would give it. */
    ensurePerson(user: { id: string; username: string; name: string }, now: number) {
      lib.tx(() =>
        q(
          `INSERT INTO people (id, username, name, json, updated_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (id) DO NOTHING`,
        ).run(user.id, user.username, user.name, JSON.stringify(user), now),
      );
    },
    setTagged(personId: string, tagId: string, on: boolean, now: number) {
      lib.tx(() => {
        if (on)
          q(
            'INSERT INTO person_tags (person_id, tag_id, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
          ).run(personId, tagId, now);
        else q('DELETE FROM person_tags WHERE person_id = ? AND tag_id = ?').run(personId, tagId);
      });
    },
    hasTag: (id: string) => q('SELECT 1 AS x FROM tags WHERE id = ?').get(id) !== undefined,
    tagNamed: (name: string): Tag | null => {
      const r = q('SELECT id, name, color FROM tags WHERE name = ? COLLATE NOCASE').get(
        name.trim(),
      );
      return r ? { id: String(r.id), name: String(r.name), color: String(r.color) } : null;
    },
    /** A new tag at the end of the list; its id is made from the name, unique. */
    createTag(name: string, color: string, now: number): Tag {
      return lib.tx(() => {
        const base = slug(name);
        let id = base;
        for (let n = 2; q('SELECT 1 AS x FROM tags WHERE id = ?').get(id); n++) id = `${base}-${n}`;
        const position = Number(
          q('SELECT coalesce(max(position), -1) + 1 AS n FROM tags').get()!.n,
        );
        q(
          'INSERT INTO tags (id, name, color, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
        ).run(id, name.trim(), color, position, now, now);
        return { id, name: name.trim(), color };
      });
    },
    updateTag(id: string, patch: { name?: string; color?: string }, now: number) {
      lib.tx(() => {
        if (patch.name !== undefined)
          q('UPDATE tags SET name = ?, updated_at = ? WHERE id = ?').run(
            patch.name.trim(),
            now,
            id,
          );
        if (patch.color !== undefined)
          q('UPDATE tags SET color = ?, updated_at = ? WHERE id = ?').run(patch.color, now, id);
      });
    },
    /** The tag goes, and so does it from everyone who had it. */
    removeTag(id: string) {
      lib.tx(() => {
        q('DELETE FROM person_tags WHERE tag_id = ?').run(id);
        q('DELETE FROM tags WHERE id = ?').run(id);
      });
    },
    notesOf: (personId: string): Note[] =>
      q('SELECT * FROM person_notes WHERE person_id = ? ORDER BY created_at DESC, id DESC')
        .all(personId)
        .map(noteOf),
    addNote(personId: string, text: string, now: number): Note {
      return lib.tx(() => {
        const { lastInsertRowid } = q(
          'INSERT INTO person_notes (person_id, text, created_at, updated_at) VALUES (?, ?, ?, ?)',
        ).run(personId, text, now, now);
        return noteOf(q('SELECT * FROM person_notes WHERE id = ?').get(lastInsertRowid)!);
      });
    },
    /** Whether the note was there to change. */
    updateNote(id: number, text: string, now: number): boolean {
      return lib.tx(
        () =>
          q('UPDATE person_notes SET text = ?, updated_at = ? WHERE id = ?').run(text, now, id)
            .changes === 1,
      );
    },
    removeNote(id: number): boolean {
      return lib.tx(() => q('DELETE FROM person_notes WHERE id = ?').run(id).changes === 1);
    },
    addOutcome(o: NewOutcome, now: number): Outcome {
      return lib.tx(() => {
        const { lastInsertRowid } = q(
          `INSERT INTO outcomes (at, kind, value_minor, currency, note, person_id, post_id,
             conversation_key, deck_id, account_id, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        ).run(
          o.at,
          o.kind,
          o.valueMinor,
          o.currency,
          o.note,
          o.personId,
          o.postId,
          o.conversationKey,
          o.deckId,
          o.accountId,
          now,
          now,
        );
        return outcomeOf(q('SELECT * FROM outcomes WHERE id = ?').get(lastInsertRowid)!);
      });
    },
    removeOutcome(id: number): boolean {
      return lib.tx(() => q('DELETE FROM outcomes WHERE id = ?').run(id).changes === 1);
    },
    outcomesOf: (personId: string): Outcome[] =>
      q('SELECT * FROM outcomes WHERE person_id = ? ORDER BY at DESC, id DESC')
        .all(personId)
        .map(outcomeOf),
    /** Outcomes with `from <= at < to`, oldest first. */
    outcomesBetween: (from: number, to: number): Outcome[] =>
      q('SELECT * FROM outcomes WHERE at >= ? AND at < ? ORDER BY at, id')
        .all(from, to)
        .map(outcomeOf),
    /** Their posts the columns brought, newest first, and how many the archive holds. */
    postsSeen(personId: string, limit: number) {
      const posts = q(
        'SELECT id, text, created_at FROM posts WHERE author_id = ? ORDER BY created_at DESC LIMIT ?',
      )
        .all(personId, limit)
        .map((r) => ({ id: String(r.id), text: String(r.text), createdAt: Number(r.created_at) }));
      const count = Number(
        q('SELECT count(*) AS n FROM posts WHERE author_id = ?').get(personId)!.n,
      );
      return { posts, count };
    },
    /** The owner's accounts' replies to them that the archive holds, newest first. */
    repliesTo(personId: string, accountIds: readonly string[], limit: number) {
      if (accountIds.length === 0) return { posts: [], count: 0 };
      const marks = accountIds.map(() => '?').join(', ');
      const from = `FROM posts WHERE author_id IN (${marks})
        AND json_extract(json, '$.inReplyToUserId') = ?`;
      const posts = q(
        `SELECT id, text, created_at, author_id ${from} ORDER BY created_at DESC LIMIT ?`,
      )
        .all(...accountIds, personId, limit)
        .map((r) => ({
          id: String(r.id),
          text: String(r.text),
          createdAt: Number(r.created_at),
          accountId: String(r.author_id),
        }));
      const count = Number(q(`SELECT count(*) AS n ${from}`).get(...accountIds, personId)!.n);
      return { posts, count };
    },
    conversationsWith: (personId: string) =>
      q(
        `SELECT key, brand_id, state, last_post_text, opened_at FROM inbox_conversations
         WHERE customer_id = ? ORDER BY opened_at DESC LIMIT 50`,
      )
        .all(personId)
        .map((r) => ({
          key: String(r.key),
          brandId: String(r.brand_id),
          state: String(r.state),
          lastPostText: String(r.last_post_text),
          openedAt: Number(r.opened_at),
        })),
    /**
     * "Delete this person and everything about them": their row, tags and notes go; outcomes
     * keep their kind, value and date (the owner's own figures) but lose every link to the
     * person and their note. Archived posts stay, as posts. Returns whether anything was there.
     */
    deletePerson(personId: string): boolean {
      return lib.tx(() => {
        let n = 0;
        n += q('DELETE FROM person_tags WHERE person_id = ?').run(personId).changes;
        n += q('DELETE FROM person_notes WHERE person_id = ?').run(personId).changes;
        n += q(
          `UPDATE outcomes SET person_id = NULL, post_id = NULL, conversation_key = NULL,
             note = '' WHERE person_id = ?`,
        ).run(personId).changes;
        n += q('DELETE FROM people WHERE id = ?').run(personId).changes;
        return n > 0;
      });
    },
    /** A setting of the owner's kept beside their data (own domains, the balance target). */
    setting(key: string): string | null {
      const r = q('SELECT value FROM library_settings WHERE key = ?').get(key);
      return r ? String(r.value) : null;
    },
    setSetting(key: string, value: string) {
      lib.tx(() =>
        q(
          'INSERT INTO library_settings (key, value) VALUES (?, ?) ON CONFLICT DO UPDATE SET value = excluded.value',
        ).run(key, value),
      );
    },
    /** Whether the inbox has had a conversation with this person. */
    hasConversation: (personId: string) =>
      q('SELECT 1 AS x FROM inbox_conversations WHERE customer_id = ? LIMIT 1').get(personId) !==
      undefined,
    /** The owner's corrections of how their own posts are classed. */
    postClassOverrides(postIds: readonly string[]): Record<string, PostClass> {
      const out: Record<string, PostClass> = {};
      for (const id of new Set(postIds)) {
        const r = q('SELECT post_class FROM post_class_overrides WHERE post_id = ?').get(id);
        if (r) out[id] = String(r.post_class) as PostClass;
      }
      return out;
    },
    setPostClass(postId: string, accountId: string, postClass: PostClass | null, now: number) {
      lib.tx(() => {
        if (postClass === null) q('DELETE FROM post_class_overrides WHERE post_id = ?').run(postId);
        else
          q(
            `INSERT INTO post_class_overrides (post_id, account_id, post_class, updated_at)
             VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET post_class = excluded.post_class,
               updated_at = excluded.updated_at`,
          ).run(postId, accountId, postClass, now);
      });
    },
  };
}

export type PeopleStore = ReturnType<typeof createPeopleStore>;
