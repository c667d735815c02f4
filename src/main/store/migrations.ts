/**
 * Upgrades of the store layout, keyed by the STORE_VERSION that introduced them. conf runs the
 * ones newer than the file's recorded version, in order, and restores the file if one throws.
 *
 * Recipe for a layout change: raise STORE_VERSION in schema.ts, add `'x.y.z': upgradeToXYZ`
 * below as a small named function that accepts whatever the older version wrote (it sees the
 * raw store, untyped), and give it its own test in tests/unit/main/store/migrations.test.ts.
 * 1.0.0 is the first layout, so there is nothing to upgrade yet.
 */
export interface MigrationStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  has(key: string): boolean;
  delete(key: string): void;
}

export type Migration = (store: MigrationStore) => void;

export const migrations: Record<string, Migration> = {};
