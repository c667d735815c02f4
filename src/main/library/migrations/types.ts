import type { SqlDriver } from '../driver';

/**
 * One step of the library's schema. `up` runs inside the migration's transaction, with the
 * database at `version - 1`; it may reshape data as well as tables. Never edit a migration that
 * has shipped: add the next one (see src/main/library/README.md).
 */
export interface Migration {
  version: number;
  name: string;
  up(db: SqlDriver): void;
}
