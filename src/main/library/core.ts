import type { Clock, TimerId } from '../../shared/time/clock';
import type { Logger } from '../platform/logger';
import { sqliteCode, type SqlDriver, type SqlStatement } from './driver';

/** Storage faults a later retry can cure: a full disk, a read-only folder, an I/O error. */
const STORAGE_FAULTS = new Set([
  'SQLITE_FULL',
  'SQLITE_READONLY',
  'SQLITE_IOERR',
  'SQLITE_CANTOPEN',
]);
export const isStorageFault = (e: unknown) => STORAGE_FAULTS.has(sqliteCode(e) ?? '');

/** Waits between retries of writes held back by a storage fault: 5 s, 15 s, 1 min, then 5 min. */
const RETRY_MS = [5_000, 15_000, 60_000, 300_000];
/** Held-back writes kept in memory at most; beyond, the oldest go (with a log line). */
const MAX_PENDING = 10_000;

export interface LibraryCore {
  /** A prepared statement for this SQL, made once. */
  q(sql: string): SqlStatement;
  /** Runs `fn` in one transaction; throws what it throws, after rolling back. */
  tx<T>(fn: () => T): T;
  /**
   * A change that must reach the disk: one transaction, now; if the disk is full or read-only
   * it is held in memory, in order, and retried until it lands. Returns whether it landed now.
   */
  write(label: string, fn: () => void): boolean;
  /** Writes held back by a storage fault, not yet on disk. */
  pendingWrites(): number;
  /** Retries the held-back writes now (the test controls, a "retry" button). */
  retryNow(): void;
  db: SqlDriver;
  close(): void;
}

/**
 * The library's transactions and its answer to storage faults. Services keep running on what they
 * hold in memory while the disk refuses writes; the user is told once (`onTrouble(message)`), and
 * told it is over (`onTrouble(null)`) when the held-back writes land.
 */
export function createLibraryCore(deps: {
  db: SqlDriver;
  clock: Clock;
  log: Logger;
  onTrouble(message: string | null): void;
}): LibraryCore {
  const { db, clock, log } = deps;
  const statements = new Map<string, SqlStatement>();
  const pending: Array<{ label: string; fn: () => void }> = [];
  let attempt = 0;
  let timer: TimerId | undefined;
  let inTx = false;

  const q = (sql: string) => {
    let s = statements.get(sql);
    if (!s) statements.set(sql, (s = db.prepare(sql)));
    return s;
  };

  function tx<T>(fn: () => T): T {
    if (inTx) return fn();
    db.exec('BEGIN IMMEDIATE');
    inTx = true;
    try {
      const out = fn();
      db.exec('COMMIT');
      return out;
    } catch (e) {
      try {
        db.exec('ROLLBACK');
      } catch {
        // SQLite may have rolled back already (a full disk does)
      }
      throw e;
    } finally {
      inTx = false;
    }
  }

  function arm() {
    if (timer !== undefined) return;
    const wait = RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)]!;
    attempt += 1;
    timer = clock.setTimeout(() => {
      timer = undefined;
      drain();
    }, wait);
  }

  /** Lands held-back writes in order; stops at the first that still meets a storage fault. */
  function drain() {
    while (pending.length > 0) {
      const next = pending[0]!;
      try {
        tx(next.fn);
      } catch (e) {
        if (isStorageFault(e)) return arm();
        log.error(`library: a held-back write (${next.label}) failed and was dropped`, e);
      }
      pending.shift();
    }
    if (attempt > 0) {
      attempt = 0;
      deps.onTrouble(null);
    }
  }

  function write(label: string, fn: () => void): boolean {
    if (pending.length === 0) {
      try {
        tx(fn);
        return true;
      } catch (e) {
        if (!isStorageFault(e)) throw e;
        log.warn(`library: ${label} held back: ${String(e)}`);
        deps.onTrouble(
          sqliteCode(e) === 'SQLITE_READONLY'
            ? 'Timedeck cannot write to its library: the data folder is read-only. It keeps working from memory and saves again when it can.'
            : 'Timedeck cannot write to its library: the disk is full or failing. It keeps working from memory and saves again when there is room.',
        );
      }
    }
    pending.push({ label, fn });
    if (pending.length > MAX_PENDING) {
      const dropped = pending.shift()!;
      log.error(`library: too many held-back writes; dropped ${dropped.label}`);
    }
    arm();
    return false;
  }

  return {
    q,
    tx,
    write,
    pendingWrites: () => pending.length,
    retryNow() {
      if (timer !== undefined) clock.clearTimeout(timer);
      timer = undefined;
      drain();
    },
    db,
    close() {
      if (timer !== undefined) clock.clearTimeout(timer);
      timer = undefined;
      statements.clear();
      db.close();
    },
  };
}
