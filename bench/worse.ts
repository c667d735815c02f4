/**
 * Deliberately worse builds, to show that a metric can fail: `npm run bench -- --worse
 * scroll,polling` (run.ts puts the list in BENCH_WORSE). Each names what it makes worse where it
 * is used; none is on in a normal run.
 */
export type Worse =
  /** The page burns 12 ms of main-thread time in every scroll event (wheel-scroll.ts). */
  | 'scroll'
  /**
   * The archive's search without its FTS index: a LIKE scan; and its insert indexing each page
   * for search at once rather than in batches (archive.ts).
   */
  | 'archive'
  /** The renderer built as one script, no chunk loaded later (bundle-size.ts). */
  | 'bundle'
  /** The Electron host reading the idle time every 5 s, as it did before idle-poll.ts (ledger-day.ts). */
  | 'ledger';

export function worse(name: Worse): boolean {
  return (process.env.BENCH_WORSE ?? '').split(',').includes(name);
}
