/**
 * The one seam between the library and an SQLite binding. Two bindings fit it: better-sqlite3
 * (Node 20: tests, the harness, the bench) and Node's built-in node:sqlite (Electron 45's main
 * process, Node 24) — see ARCHITECTURE.md, "The local library". Only `?` parameters are used:
 * the two bindings name parameters differently.
 */
export type SqlValue = string | number | bigint | null | Uint8Array;
export type SqlRow = Record<string, SqlValue>;

export interface SqlStatement {
  run(...params: SqlValue[]): { changes: number; lastInsertRowid: number };
  get(...params: SqlValue[]): SqlRow | undefined;
  all(...params: SqlValue[]): SqlRow[];
}

export interface SqlDriver {
  exec(sql: string): void;
  prepare(sql: string): SqlStatement;
  /** A consistent copy of the open database through SQLite's online backup API. */
  backup(toFile: string): Promise<void>;
  close(): void;
}

/** Opens (creating if absent) the database file. `readonly` for looking at backups. */
export type OpenDriver = (file: string, options?: { readonly?: boolean }) => SqlDriver;

const PRIMARY_CODES: Record<number, string> = {
  5: 'SQLITE_BUSY',
  6: 'SQLITE_LOCKED',
  8: 'SQLITE_READONLY',
  10: 'SQLITE_IOERR',
  11: 'SQLITE_CORRUPT',
  13: 'SQLITE_FULL',
  14: 'SQLITE_CANTOPEN',
  26: 'SQLITE_NOTADB',
};

/**
 * SQLite's primary result code of an error, whichever binding threw it: better-sqlite3 names it
 * (`code: 'SQLITE_FULL'`, or an extended 'SQLITE_IOERR_WRITE'), node:sqlite numbers it (`errcode`).
 */
export function sqliteCode(e: unknown): string | undefined {
  if (typeof e !== 'object' || e === null) return undefined;
  const { code, errcode } = e as { code?: unknown; errcode?: unknown };
  if (typeof errcode === 'number') return PRIMARY_CODES[errcode & 0xff] ?? `SQLITE_${errcode}`;
  if (typeof code === 'string' && code.startsWith('SQLITE_')) {
    const primary = Object.values(PRIMARY_CODES).find(
      (c) => code === c || code.startsWith(`${c}_`),
    );
    return primary ?? code;
  }
  return undefined;
}
