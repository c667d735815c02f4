import type { Migration } from './types';

/**
 * Cost per conversation: spend records per post (which posts X billed, once a UTC day for the
 * app, to which account and at which price class; which posts the accounts created and at which
 * write price), and the owner's attention per conversation. A conversation's posts (inbox_posts)
 * join them: its posts read, dollars and minutes. Nothing before this version is known per post,
 * so older conversations start at zero.
 */
export const m0006ConversationCost: Migration = {
  version: 6,
  name: 'conversation cost',
  up: (db) =>
    db.exec(`
      -- Each post X billed, per UTC day (X bills a post once a day for the whole app): the account
      -- whose read paid for it, whether that read was an owned read, and when. Rows of posts in no
      -- conversation are kept for the last two days only (a post may join one after it was read).
      CREATE TABLE spend_post_reads (
        post_id TEXT NOT NULL,
        day TEXT NOT NULL,
        account_id TEXT NOT NULL,
        owned INTEGER NOT NULL,
        at INTEGER NOT NULL,
        PRIMARY KEY (post_id, day)
      ) WITHOUT ROWID;
      CREATE INDEX spend_post_reads_by_day ON spend_post_reads (day);

      -- Each post an account created through the API, with the write X billed for it
      -- (postCreate, postCreateWithUrl, replySummoned, ...).
      CREATE TABLE spend_post_writes (
        post_id TEXT PRIMARY KEY,
        account_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        at INTEGER NOT NULL
      ) WITHOUT ROWID;

      -- The owner's time on a conversation (open on screen while the time box counted), per
      -- quarter hour of wall time: every zone's day starts on a quarter hour.
      CREATE TABLE inbox_attention (
        key TEXT NOT NULL REFERENCES inbox_conversations (key) ON DELETE CASCADE,
        slot INTEGER NOT NULL,
        ms INTEGER NOT NULL,
        PRIMARY KEY (key, slot)
      ) WITHOUT ROWID;
    `),
};
