import type { Migration } from './types';

/**
 * The answers library: saved answers (per account, or shared by all when `account_id` is null),
 * every use of one (which customer post it answered, when), and full-text search over titles,
 * bodies and tags with diacritics removed. Usage counts are read from the uses, never stored
 * twice. `id` (an integer) is the FTS rowid.
 */
export const m0004Answers: Migration = {
  version: 4,
  name: 'answers',
  up: (db) =>
    db.exec(`
      CREATE TABLE answers (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        body TEXT NOT NULL,
        -- the tags, as a JSON array of strings
        tags TEXT NOT NULL,
        -- the account (its X user id) it belongs to, or null for shared by all accounts
        account_id TEXT,
        -- the account's @username when it was written: export names it even after a sign-out
        account_username TEXT,
        link TEXT,
        archived INTEGER NOT NULL DEFAULT 0,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      );

      CREATE TABLE answer_uses (
        answer_id INTEGER NOT NULL REFERENCES answers (id) ON DELETE CASCADE,
        -- the customer's post it answered (an X id; its text is in posts when archived)
        post_id TEXT NOT NULL,
        account_id TEXT,
        -- the reply sent, when sent through the API (null when drafted for X's intent)
        reply_id TEXT,
        at INTEGER NOT NULL,
        PRIMARY KEY (answer_id, post_id)
      ) WITHOUT ROWID;
      CREATE INDEX answer_uses_by_post ON answer_uses (post_id);

      CREATE VIRTUAL TABLE answers_fts USING fts5 (
        title, body, tags,
        content = 'answers', content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2'
      );
      -- Kept by answers.ts in the same transaction as answers (see 0001 for why not triggers).
    `),
};
