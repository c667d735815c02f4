import Database from 'better-sqlite3';
import type { OpenDriver, SqlDriver, SqlRow, SqlValue } from './driver';

/**
 * The library on better-sqlite3 (Node 20: tests, the harness, the bench). It never waits on a
 * lock (timeout 0): the only other holder can be a second Timedeck, which is refused at once.
 */
export const openBetterSqlite: OpenDriver = (file, options) => {
  const db = new Database(file, { timeout: 0, readonly: options?.readonly ?? false });
  const driver: SqlDriver = {
    exec: (sql) => void db.exec(sql),
    prepare(sql) {
      const stmt = db.prepare<SqlValue[], SqlRow>(sql);
      const reader = stmt.reader;
      return {
        run: (...p) => {
          const r = stmt.run(...p);
          return { changes: r.changes, lastInsertRowid: Number(r.lastInsertRowid) };
        },
        get: (...p) => (reader ? stmt.get(...p) : (stmt.run(...p), undefined)),
        all: (...p) => (reader ? stmt.all(...p) : (stmt.run(...p), [])),
      };
    },
    backup: async (toFile) => void (await db.backup(toFile)),
    close: () => db.close(),
  };
  return driver;
};
