import type { Migration } from './types';

/** The tags a new library starts with: the people a small business talks to on X. */
export const DEFAULT_TAGS: ReadonlyArray<{ id: string; name: string; color: string }> = [
  { id: 'lead', name: 'lead', color: '#d97706' },
  { id: 'customer', name: 'customer', color: '#059669' },
  { id: 'wholesale', name: 'wholesale', color: '#0891b2' },
  { id: 'supplier', name: 'supplier', color: '#7c3aed' },
  { id: 'press', name: 'press', color: '#db2777' },
  { id: 'peer', name: 'peer', color: '#4b5563' },
  { id: 'friend', name: 'friend', color: '#2563eb' },
];

/**
 * People, what the owner knows of them, and what the time on X brought. `people` (migration 1)
 * already keeps every author by X id; this adds the owner's own words about them (tags, notes),
 * the outcomes log, and the owner's corrections of how their own posts are classed. All of it
 * stays on the machine. Person links are plain columns, not foreign keys to `people`: a person
 * is deleted by the store's own code (see people.ts), which also unlinks their outcomes.
 */
export const m0005PeopleAndOutcomes: Migration = {
  version: 5,
  name: 'people and outcomes',
  up(db) {
    db.exec(`
      CREATE TABLE tags (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        color TEXT NOT NULL,
        position INTEGER NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) WITHOUT ROWID;

      CREATE TABLE person_tags (
        person_id TEXT NOT NULL,
        tag_id TEXT NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
        created_at INTEGER NOT NULL,
        PRIMARY KEY (person_id, tag_id)
      ) WITHOUT ROWID;
      CREATE INDEX person_tags_by_tag ON person_tags (tag_id);

      CREATE TABLE person_notes (
        id INTEGER PRIMARY KEY,
        person_id TEXT NOT NULL,
        text TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      );
      CREATE INDEX person_notes_by_person ON person_notes (person_id, created_at);

      -- What came of the time on X. Money in minor units with its currency (never converted).
      CREATE TABLE outcomes (
        id INTEGER PRIMARY KEY,
        at INTEGER NOT NULL,
        kind TEXT NOT NULL,
        value_minor INTEGER,
        currency TEXT,
        note TEXT NOT NULL,
        person_id TEXT,
        post_id TEXT,
        conversation_key TEXT,
        deck_id TEXT,
        account_id TEXT,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      );
      CREATE INDEX outcomes_by_time ON outcomes (at);
      CREATE INDEX outcomes_by_person ON outcomes (person_id);

      -- The owner's word on how one of their own posts is classed (promotional, support, social).
      CREATE TABLE post_class_overrides (
        post_id TEXT PRIMARY KEY,
        account_id TEXT NOT NULL,
        post_class TEXT NOT NULL,
        updated_at INTEGER NOT NULL
      ) WITHOUT ROWID;
    `);
    const insert = db.prepare(
      'INSERT INTO tags (id, name, color, position, created_at, updated_at) VALUES (?, ?, ?, ?, 0, 0)',
    );
    DEFAULT_TAGS.forEach((t, i) => insert.run(t.id, t.name, t.color, i));
  },
};
