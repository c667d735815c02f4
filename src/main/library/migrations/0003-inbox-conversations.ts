import type { Migration } from './types';

/**
 * The support inbox: one row per conversation (X's conversation and the customer in it) with its
 * current state, its history of changes as rows (never rewritten: undo is a new row), and the
 * posts in it, so a reply sent from Timedeck finds its conversation by the post it answers.
 */
export const m0003InboxConversations: Migration = {
  version: 3,
  name: 'inbox conversations',
  up: (db) =>
    db.exec(`
      CREATE TABLE inbox_conversations (
        -- conversationKeyId: "<X conversation id>:<customer's X id>"
        key TEXT PRIMARY KEY,
        conversation_id TEXT NOT NULL,
        customer_id TEXT NOT NULL,
        customer_username TEXT,
        brand_id TEXT NOT NULL,
        via TEXT NOT NULL,
        source_column_id TEXT NOT NULL,
        summoned INTEGER NOT NULL,
        state TEXT NOT NULL,
        snoozed_until INTEGER,
        state_since INTEGER NOT NULL,
        opened_at INTEGER NOT NULL,
        first_response_at INTEGER,
        done_at INTEGER,
        last_customer_post_at INTEGER NOT NULL,
        last_post_id TEXT NOT NULL,
        last_post_text TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) WITHOUT ROWID;
      CREATE INDEX inbox_conversations_by_state ON inbox_conversations (state, state_since);

      CREATE TABLE inbox_changes (
        key TEXT NOT NULL REFERENCES inbox_conversations (key) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        at INTEGER NOT NULL,
        from_state TEXT NOT NULL,
        to_state TEXT NOT NULL,
        cause TEXT NOT NULL,
        snoozed_until INTEGER,
        post_id TEXT,
        PRIMARY KEY (key, seq)
      ) WITHOUT ROWID;

      CREATE TABLE inbox_posts (
        post_id TEXT PRIMARY KEY,
        key TEXT NOT NULL REFERENCES inbox_conversations (key) ON DELETE CASCADE,
        at INTEGER NOT NULL,
        from_customer INTEGER NOT NULL
      ) WITHOUT ROWID;
      CREATE INDEX inbox_posts_by_conversation ON inbox_posts (key, at);
    `),
};
