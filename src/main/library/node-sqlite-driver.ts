import { createRequire } from 'node:module';
import type { OpenDriver, SqlDriver, SqlRow, SqlValue } from './driver';

/** The part of node:sqlite (Node 24) the library uses; @types/node 20 does not describe it. */
interface NodeSqlite {
  DatabaseSync: new (
    file: string,
    options?: { readOnly?: boolean; timeout?: number; enableForeignKeyConstraints?: boolean },
  ) => {
    exec(sql: string): void;
    prepare(sql: string): {
      run(...p: SqlValue[]): { changes: number | bigint; lastInsertRowid: number | bigint };
      get(...p: SqlValue[]): unknown;
      all(...p: SqlValue[]): unknown[];
    };
    close(): void;
  };
  backup(source: unknown, path: string): Promise<number>;
}

/**
 * The library on Node's built-in node:sqlite: Electron 45's main process (Node 24), where it
 * needs no native module rebuilt for Electron. Loaded lazily, so Node 20 (tests) never asks for it.
 */
export const openNodeSqlite: OpenDriver = (file, options) => {
  const sqlite = createRequire(import.meta.url)('node:sqlite') as NodeSqlite;
  const db = new sqlite.DatabaseSync(file, { readOnly: options?.readonly ?? false, timeout: 0 });
  const driver: SqlDriver = {
    exec: (sql) => db.exec(sql),
    prepare(sql) {
      const stmt = db.prepare(sql);
      return {
        run: (...p) => {
          const r = stmt.run(...p);
          return { changes: Number(r.changes), lastInsertRowid: Number(r.lastInsertRowid) };
        },
        get: (...p) => stmt.get(...p) as SqlRow | undefined,
        all: (...p) => stmt.all(...p) as SqlRow[],
      };
    },
    backup: async (toFile) => void (await sqlite.backup(db, toFile)),
    close: () => db.close(),
  };
  return driver;
};
