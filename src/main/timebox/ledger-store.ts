import fs from 'node:fs';
import path from 'node:path';
import type { Notice } from '../../shared/app';
import { writeFileAtomic } from '../platform/atomic-file';
import type { BudgetDay } from './budget-day';
import { emptyLedger, LedgerSchema, markUsageLost, recordAnomaly, type Ledger } from './usage';

/**
 * The ledger on disk. Every save replaces the file atomically (temp file, fsync, rename) and
 * then does the same for a last good copy beside it, so a kill at any moment leaves at least one
 * whole file. A damaged file is set aside, never deleted, and the last good copy takes its
 * place; the user is told. If no good copy survives, the day counts as spent: a lost ledger
 * must not read as a fresh budget.
 */

export type LoadOutcome = 'loaded' | 'fresh' | 'recovered' | 'lost';

export interface LoadedLedger {
  ledger: Ledger;
  outcome: LoadOutcome;
  notice: Omit<Notice, 'id' | 'at'> | null;
}

export const lastGoodLedgerPath = (file: string) => `${file}.last-good`;

type Read = { ok: true; ledger: Ledger } | { ok: false; missing: boolean; problem: string };

function readLedger(file: string): Read {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
    return { ok: false, missing, problem: missing ? 'missing' : describe(e) };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, missing: false, problem: `unreadable: ${describe(e)}` };
  }
  const parsed = LedgerSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || 'top level';
    return { ok: false, missing: false, problem: `invalid at ${where}: ${issue?.message}` };
  }
  return { ok: true, ledger: parsed.data };
}

function setAside(file: string, now: number): string {
  let aside = `${file}.corrupt-${now}`;
  for (let n = 1; fs.existsSync(aside); n++) aside = `${file}.corrupt-${now}-${n}`;
  fs.renameSync(file, aside);
  return aside;
}

/** Writes the ledger and then its last good copy. */
export function saveLedger(file: string, ledger: Ledger): void {
  // Refuse to write what could not be read back: that would destroy the good copy too.
  const data = JSON.stringify(LedgerSchema.parse(ledger));
  writeFileAtomic(file, data);
  writeFileAtomic(lastGoodLedgerPath(file), data);
}

export interface LoadContext {
  /** Wall-clock ms, to name set-aside files and date the anomaly. */
  now: number;
  /** The budget day to file a recovery under, and to count as spent if all is lost. */
  today: BudgetDay;
}

export function loadLedger(file: string, context: LoadContext): LoadedLedger {
  const primary = readLedger(file);
  if (primary.ok) return { ledger: primary.ledger, outcome: 'loaded', notice: null };

  const backupFile = lastGoodLedgerPath(file);
  const backup = readLedger(backupFile);
  if (primary.missing && !backup.ok && backup.missing) {
    return { ledger: emptyLedger(), outcome: 'fresh', notice: null };
  }

  const aside = primary.missing ? null : path.basename(setAside(file, context.now));
  const damage = primary.missing ? 'was missing' : `was damaged (${primary.problem})`;
  const kept = aside ? ` The damaged file is kept as ${aside}.` : '';

  if (backup.ok) {
    const detail = `The usage ledger ${damage} and was restored from its last good copy.${kept}`;
    const ledger = recordAnomaly(backup.ledger, {
      kind: 'ledger-recovered',
      at: context.now,
      day: context.today,
      detail,
    });
    saveLedger(file, ledger);
    return { ledger, outcome: 'recovered', notice: { level: 'warning', message: detail } };
  }

  const backupAside = backup.missing ? null : path.basename(setAside(backupFile, context.now));
  const keptBackup = backupAside ? ` Its damaged last good copy is kept as ${backupAside}.` : '';
  const detail =
    `The usage ledger ${damage} and no good copy could be read, so today's use is unknown ` +
    `and today counts as spent.${kept}${keptBackup}`;
  const ledger = recordAnomaly(markUsageLost(emptyLedger(), context.today), {
    kind: 'ledger-lost',
    at: context.now,
    day: context.today,
    detail,
  });
  saveLedger(file, ledger);
  return { ledger, outcome: 'lost', notice: { level: 'error', message: detail } };
}

const describe = (e: unknown) =>
  e instanceof Error ? e.message.split('\n')[0]!.slice(0, 200) : String(e);
