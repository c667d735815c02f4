import { z } from 'zod';
import { BudgetDaySchema } from '../../shared/timebox/status';
import type { Notice } from '../../shared/app';
import type { BudgetDay } from './budget-day';
import type { LoadedLedger } from './ledger-store';
import { tighterOf, type SettingsState } from './settings-change';
import { dayUsage, emptyLedger, markUsageLost, recordAnomaly, type Ledger } from './usage';

/**
 * The time box keeps each of its two records twice, in two files the user could damage or
 * delete independently: today's usage lives in the ledger and, as a small mirror, in the
 * settings store; the settings live in the settings store and, as a mirror, in the ledger. So
 * neither deleting the ledger nor damaging the settings file refills the day:
 *
 * - both ledger copies missing or damaged: today keeps the mirror's usage, or counts as spent
 *   when no mirror of today survives (only a true first start, with nothing on disk, is fresh);
 * - a ledger holding less of today than the mirror (an old copy put back): the larger counts;
 * - both settings copies damaged: the strictest settings the ledger's mirror knew hold until the
 *   user sets them again.
 */

export const UsageMirrorSchema = z.object({
  day: BudgetDaySchema,
  usedSeconds: z.number().min(0),
  /** Today's record was lost: the day counts as spent. */
  lost: z.boolean(),
});
export type UsageMirror = z.infer<typeof UsageMirrorSchema>;

type NewNotice = Omit<Notice, 'id' | 'at'>;

/** What the settings store keeps of the ledger: today's usage. */
export function usageMirrorOf(ledger: Ledger, day: BudgetDay): UsageMirror {
  const usage = dayUsage(ledger, day);
  return { day, usedSeconds: usage.totalSeconds, lost: usage.lost === true };
}

const minutes = (s: number) => `${Math.round(s / 60)} min`;

/** Today's usage raised to what the mirror remembers (decks and accounts stay as they are). */
function withMirroredUsage(ledger: Ledger, mirror: UsageMirror): Ledger {
  const usage = dayUsage(ledger, mirror.day);
  const raised = {
    ...usage,
    totalSeconds: Math.max(usage.totalSeconds, mirror.usedSeconds),
    ...(mirror.lost || usage.lost ? { lost: true } : {}),
  };
  return { ...ledger, days: { ...ledger.days, [mirror.day]: raised } };
}

export interface ReconcileInput {
  loaded: LoadedLedger;
  /** The usage mirror from the settings store, if it survived. */
  mirror: UsageMirror | null;
  /** Whether the time box ran here before (its settings were in the store at start). */
  ranBefore: boolean;
  today: BudgetDay;
  now: number;
}

/** The ledger to start with, after comparing it with the independent record of today. */
export function reconcileUsage(input: ReconcileInput): {
  ledger: Ledger;
  notice: NewNotice | null;
} {
  const { loaded, today, now } = input;
  const mirror = input.mirror?.day === today ? input.mirror : null;
  const note = (ledger: Ledger, level: NewNotice['level'], message: string) => ({
    ledger: recordAnomaly(ledger, {
      kind: 'ledger-recovered',
      at: now,
      day: today,
      detail: message,
    }),
    notice: { level, message },
  });

  if (loaded.outcome === 'fresh') {
    if (!input.mirror && !input.ranBefore) return { ledger: loaded.ledger, notice: null };
    if (mirror) {
      return note(
        withMirroredUsage(emptyLedger(), mirror),
        'warning',
        `The usage ledger was missing. Today's use (${minutes(mirror.usedSeconds)}) was taken from the copy Timedeck keeps in its settings file.`,
      );
    }
    const message =
      "The usage ledger was missing and no record of today's use survived, so today counts as spent.";
    return {
      ledger: recordAnomaly(markUsageLost(emptyLedger(), today), {
        kind: 'ledger-lost',
        at: now,
        day: today,
        detail: message,
      }),
      notice: { level: 'error', message },
    };
  }

  if (loaded.outcome === 'lost' && mirror && !mirror.lost) {
    // The ledger marked today as spent for want of a record; the mirror is one.
    const days = { ...loaded.ledger.days };
    delete days[today];
    return note(
      withMirroredUsage({ ...loaded.ledger, days }, mirror),
      'warning',
      `No good copy of the usage ledger could be read. Today's use (${minutes(mirror.usedSeconds)}) was taken from the copy Timedeck keeps in its settings file.`,
    );
  }

  const usage = dayUsage(loaded.ledger, today);
  if (mirror && (mirror.usedSeconds > usage.totalSeconds || (mirror.lost && !usage.lost))) {
    const raised = note(
      withMirroredUsage(loaded.ledger, mirror),
      'warning',
      `The usage ledger held less of today's use than Timedeck's settings file remembers, so the larger (${minutes(mirror.usedSeconds)}) counts.`,
    );
    return loaded.notice
      ? {
          ledger: raised.ledger,
          notice: {
            ...loaded.notice,
            message: `${loaded.notice.message} ${raised.notice.message}`,
          },
        }
      : raised;
  }
  return { ledger: loaded.ledger, notice: loaded.notice };
}

/**
 * The settings to start with. The store's own are used when it has them; if it lost them (both
 * copies damaged, or the file deleted) while the ledger remembers some, the strictest of what it
 * remembers holds — what is in force and what was asked for, each setting at its tighter value —
 * until the user sets the time box again.
 */
export function recoverSettings(
  stored: SettingsState | null,
  mirrored: SettingsState | undefined,
  today: BudgetDay,
): { settings: SettingsState | null; notice: NewNotice | null } {
  if (stored || !mirrored) return { settings: stored, notice: null };
  const strictest = tighterOf(mirrored.active, mirrored.desired);
  return {
    settings: { active: strictest, desired: strictest, changedOn: today },
    notice: {
      level: 'warning',
      message:
        "The time box's settings were lost with Timedeck's settings file. The strictest settings the usage ledger remembers hold until you set them again.",
    },
  };
}
