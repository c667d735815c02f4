import type { Migration } from './types';

/**
 * `column_state.read_up_to`: the newest post X has given a column, shown or not (its filters hid
 * it). A column's next poll asks X only for posts newer than that (since_id), after a restart
 * too: asking from the newest post it shows instead reads the hidden ones again, and X bills
 * them again on every later UTC day. Empty for columns of older versions: their since_id is the
 * newest post they show, as it was.
 */
export const m0009ColumnReadUpTo: Migration = {
  version: 9,
  name: 'the newest post each column has read',
  up: (db) => db.exec('ALTER TABLE column_state ADD COLUMN read_up_to TEXT'),
};
