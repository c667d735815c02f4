import type { Migration } from './types';

/**
 * Spend and outcomes, beside the archive, so one query joins them per day, account, deck and
 * column (time stays in the time ledger's own file). Counts, not dollars: prices are applied
 * when totals are asked for, so a changed price table reprices the past.
 */
export const m0002SpendAndOutcomes: Migration = {
  version: 2,
  name: 'spend and outcomes',
  up: (db) =>
    db.exec(`
      -- What X billed an account on a UTC day (X's own day for billing).
      CREATE TABLE spend_days (
        account_id TEXT NOT NULL,
        day TEXT NOT NULL,
        posts_read INTEGER NOT NULL,
        users_read INTEGER NOT NULL,
        lists_read INTEGER NOT NULL,
        owned_posts INTEGER NOT NULL,
        owned_users INTEGER NOT NULL,
        owned_lists INTEGER NOT NULL,
        -- writes per kind (postCreate, replySummoned, ...), as JSON: the kinds follow X's price list
        writes TEXT NOT NULL,
        PRIMARY KEY (account_id, day)
      ) WITHOUT ROWID;

      -- Resources X already billed the app on a day (it bills each once a UTC day): recent days only.
      CREATE TABLE spend_billed (
        day TEXT NOT NULL,
        resource TEXT NOT NULL,
        PRIMARY KEY (day, resource)
      ) WITHOUT ROWID;

      -- Posts X billed for a column's requests, per UTC day.
      CREATE TABLE column_reads (
        day TEXT NOT NULL,
        column_id TEXT NOT NULL,
        deck_id TEXT NOT NULL,
        account_id TEXT NOT NULL,
        reads INTEGER NOT NULL,
        PRIMARY KEY (day, column_id)
      ) WITHOUT ROWID;

      -- The day's outcomes as the time box counts them (posts sent, replies sent, posts seen), per
      -- budget day and account ('' where the account was not recorded, as in outcomes.json).
      CREATE TABLE day_outcomes (
        day TEXT NOT NULL,
        account_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        count INTEGER NOT NULL,
        PRIMARY KEY (day, account_id, kind)
      ) WITHOUT ROWID;
    `),
};
