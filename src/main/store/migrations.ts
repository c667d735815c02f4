/**
 * Upgrades of the store layout, keyed by the STORE_VERSION that introduced them. conf runs the
 * ones newer than the file's recorded version, in order, and restores the file if one throws.
 *
 * Recipe for a layout change: raise STORE_VERSION in schema.ts, add `'x.y.z': upgradeToXYZ`
 * below as a small named function that accepts whatever the older version wrote (it sees the
 * raw store, untyped), and give it its own test in tests/unit/main/store/migrations.test.ts.
 */
export interface MigrationStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  has(key: string): boolean;
  delete(key: string): void;
}

export type Migration = (store: MigrationStore) => void;

type RawColumn = Record<string, unknown> & { type?: unknown };
type RawDecks = { decks?: Array<{ columns?: RawColumn[] }> };

/**
 * 1.1.0: columns show posts. Each gains the account it reads as (none yet: the user picks),
 * a refresh interval (2 minutes), notifications (on for mentions) and no filters.
 */
export function upgradeTo1_1_0(store: MigrationStore): void {
  const state = store.get('decks') as RawDecks | undefined;
  if (!state?.decks) return;
  for (const deck of state.decks) {
    deck.columns = (deck.columns ?? []).map((column) => ({
      accountId: null,
      intervalMs: 120_000,
      notify: column.type === 'mentions',
      filters: {
        hideReposts: false,
        hideReplies: false,
        onlyLinks: false,
        onlyMedia: false,
        mutedWords: [],
        mutedAccounts: [],
      },
      ...column,
    }));
  }
  store.set('decks', state);
}

/**
 * 1.2.0: the store keeps a mirror of today's time box usage beside the ledger's own file. None
 * is known yet; the time box writes one at its next save.
 */
export function upgradeTo1_2_0(store: MigrationStore): void {
  if (!store.has('timeboxUsage')) store.set('timeboxUsage', null);
}

/**
 * 1.6.0: cost before acting. The X app may hold an app-only bearer token (none yet), and the
 * spend alerts given this month are remembered (none yet).
 */
export function upgradeTo1_6_0(store: MigrationStore): void {
  const app = store.get('xApp') as Record<string, unknown> | undefined;
  if (app && !('bearerToken' in app)) store.set('xApp', { ...app, bearerToken: null });
  if (!store.has('spendAlerts')) store.set('spendAlerts', { month: null, sent: [] });
}

/**
 * 1.7.0: removed columns are kept by main, across restarts (until now only in the window's
 * memory, so none survived one): the history starts empty.
 */
export function upgradeTo1_7_0(store: MigrationStore): void {
  if (!store.has('removedColumns')) store.set('removedColumns', []);
}

export const migrations: Record<string, Migration> = {
  '1.1.0': upgradeTo1_1_0,
  '1.2.0': upgradeTo1_2_0,
  '1.6.0': upgradeTo1_6_0,
  '1.7.0': upgradeTo1_7_0,
};
