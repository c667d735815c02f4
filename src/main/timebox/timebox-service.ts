import path from 'node:path';
import { FAIL_CLOSED_MESSAGE, failClosedStatus } from './fail-closed';
import { z } from 'zod';
import type { DecksState } from '../../shared/decks/schema';
import {
  AccountActivitySchema,
  BudgetDaySchema,
  type DeckStatus,
  type TimeboxStatus,
} from '../../shared/timebox/status';
import { defaultTimeboxSettings, type TimeboxSettings } from '../../shared/timebox/settings';
import type { OverrideFlowView, TimeboxView } from '../../shared/timebox/view';
import { AppFailure, conflict } from '../errors';
import type { NewNotice } from '../app/app-service';
import type { EventHub } from '../ipc/events';
import type { Handlers } from '../ipc/router';
import type { Clock, TimerId } from '../../shared/time/clock';
import type { Logger } from '../platform/logger';
import type { PresenceSource } from '../platform/presence';
import { createJsonFile } from '../store/json-file';
import type { OutcomeRecord } from '../../shared/outcomes/return-on-time';
import type { PersistedState } from '../store/schema';
import type { StateStore } from '../store/state-store';
import { addDays, budgetDayOf, dayStartAt, nextResetAt } from './budget-day';
import {
  endSession,
  pauseSession,
  recordActivity,
  resumeSession,
  startSession,
  type FocusSession,
} from './focus-session';
import { loadLedger, saveLedger } from './ledger-store';
import { MAX_STRETCH_SECONDS, meterStep, type MeterState } from './meter';
import {
  advanceOverride,
  idleOverride,
  overrideFocusChanged,
  requestOverride,
  waitRemainingMs,
  type OverrideFlow,
} from './override';
import { warningToAnnounce } from './policy';
import { buildReport, reportCsv, type DayColumns, type DayOutcomes } from './report';
import { noteBudgets } from './budget-history';
import {
  initialSettingsState,
  pendingChanges,
  proposeSettings,
  type SettingsState,
} from './settings-change';
import { recoverSettings, reconcileUsage, usageMirrorOf } from './second-record';
import { SettingsStateSchema } from './settings-state';
import { countTick, pruneLedger } from './usage';

/** How often the meter steps: the granularity of counting, and of the countdown. */
export const TICK_MS = 1000;
/** The ledger is written at least this often, so a killed process loses at most this much. */
export const SAVE_EVERY_MS = 5000;
/** The settings store's mirror of today's usage is written at most this often (and at quit). */
export const MIRROR_EVERY_MS = 60_000;

const FocusSessionSchema = z.object({
  id: z.string(),
  purpose: z.string(),
  day: BudgetDaySchema,
  startedAt: z.number(),
  lengthMs: z.number(),
  state: z.enum(['running', 'paused', 'finished']),
  bankedMs: z.number(),
  runningSince: z.number().nullable(),
  activeSeconds: z.number(),
  endedEarly: z.boolean(),
  accounts: z.record(z.string(), AccountActivitySchema),
});

type OutcomeKind = 'postsSent' | 'repliesSent' | 'postsSeen';

/** Where the day's outcomes are kept: the library (src/main/library/spend.ts) in both hosts. */
export interface OutcomeStore {
  outcomesByDay(): Record<string, Record<OutcomeKind, number>>;
  addOutcome(day: string, accountId: string, kind: OutcomeKind, n: number): void;
}

/** Outcomes kept in memory only: for tests and benches that run the time box alone. */
export function memoryOutcomes(): OutcomeStore {
  const days: Record<string, Record<OutcomeKind, number>> = {};
  return {
    outcomesByDay: () => structuredClone(days),
    addOutcome(day, _accountId, kind, n) {
      const d = (days[day] ??= { postsSent: 0, repliesSent: 0, postsSeen: 0 });
      d[kind] += n;
    },
  };
}

export interface TimeboxDeps {
  clock: Clock;
  log: Logger;
  events: EventHub;
  store: StateStore<PersistedState>;
  presence: PresenceSource;
  dataDir: string;
  systemTimeZone: string;
  newId(): string;
  notify(n: { title: string; body: string }): void;
  /** Notices for the user (a recovered ledger). */
  notice(n: NewNotice): void;
  /** Which decks are locked changed: polling must follow at once. */
  onLocksChanged(): void;
  /** What X billed on a day (posts read, dollars), for the report. */
  spendOn(day: string): { postsRead: number; dollars: number };
  /** Where posts sent and seen are counted per day (in memory when not given). */
  outcomes?: OutcomeStore;
  /** The outcomes the owner logged between two instants (ms), for the CSV. */
  loggedOutcomes?(from: number, to: number): readonly OutcomeRecord[];
  /** More columns per day for the CSV (the support inbox's metrics), asked at export. */
  csvColumns?(): DayColumns;
  /**
   * A stretch of monotonic time [from, to) the ledger just counted as the owner really using
   * Timedeck (present, a deck on screen and open): the inbox's minutes per conversation.
   */
  onCounted?(stretch: { from: number; to: number }): void;
}

const clockLabel = (ms: number, timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(ms);

/**
 * The time box, wired: it steps the pure meter every second and on every change of presence or
 * of the deck on screen, keeps the ledger on disk (every 5 s, on blur, suspend and quit), tells
 * the poller when locks change, warns at 5 and 1 minutes, and runs focus sessions and
 * overrides. The renderer only shows what this decides.
 */
export function createTimeboxService(deps: TimeboxDeps) {
  const { clock, store } = deps;
  const ledgerFile = path.join(deps.dataDir, 'time-ledger.json');
  const sessionFile = createJsonFile({
    file: path.join(deps.dataDir, 'focus-session.json'),
    schema: FocusSessionSchema.nullable(),
    clock,
    log: deps.log,
    delayMs: 0,
  });
  const outcomeStore = deps.outcomes ?? memoryOutcomes();

  // The home zone is the system's at first start, then stays: travelling does not move the day.
  const firstSettings = defaultTimeboxSettings(deps.systemTimeZone);
  const firstDay = () =>
    budgetDayOf(clock.now(), firstSettings.homeTimeZone, firstSettings.resetHour);
  const storedSettings = store.get('timebox');
  const loaded = loadLedger(ledgerFile, { now: clock.now(), today: firstDay() });
  // Each record has a second copy in the other file: see second-record.ts.
  const recovered = recoverSettings(storedSettings, loaded.ledger.settings, firstDay());
  let settings: SettingsState =
    recovered.settings ?? initialSettingsState(firstSettings, firstDay());
  store.set('timebox', settings);
  const today = () =>
    budgetDayOf(clock.now(), settings.active.homeTimeZone, settings.active.resetHour);

  let mirrored = store.get('timeboxUsage');
  const reconciled = reconcileUsage({
    loaded,
    mirror: mirrored,
    ranBefore: storedSettings !== null || loaded.ledger.settings !== undefined,
    today: today(),
    now: clock.now(),
  });
  if (recovered.notice) deps.notice(recovered.notice);
  if (reconciled.notice) deps.notice(reconciled.notice);
  let meter: MeterState = {
    // The budgets in force at start are noted at once: the first day keeps them too.
    ledger: noteBudgets(
      pruneLedger(reconciled.ledger, today()),
      today(),
      settings.active.weekdayBudgets,
    ),
    settings,
    session: (sessionFile.load() as FocusSession | null) ?? null,
    run: null,
  };
  const outcomes = outcomeStore.outcomesByDay();
  let override: OverrideFlow = idleOverride;
  let status: TimeboxStatus | null = null;
  let lastView = '';
  let lastLocks = '';
  let lastSave = clock.monotonic();
  let lastMirror = Number.NEGATIVE_INFINITY;
  let timer: TimerId | undefined;
  /**
   * Set while the meter cannot step: the time box then counts on its own (every second the
   * user may be there) and keeps each deck's lock as it was, locking any deck whose remaining
   * time that count uses up, and any deck it never decided on.
   */
  let degraded: { since: number; countedSeconds: number; lastMono: number } | null = null;

  const decks = (): DecksState => store.get('decks');
  const shownDeck = () => {
    const d = decks().decks.find((x) => x.id === decks().activeDeckId);
    return d
      ? {
          id: d.id,
          accountIds: [...new Set(d.columns.flatMap((c) => (c.accountId ? [c.accountId] : [])))],
        }
      : null;
  };
  const focused = () => {
    const p = deps.presence.get();
    return p.focused && p.visible && !p.suspended && !p.screenLocked;
  };

  function save(force = false) {
    lastSave = clock.monotonic();
    const day = status?.day ?? today();
    // The day budgets in force today, noted with their day: the report keeps each day's own.
    const noted = noteBudgets(meter.ledger, day, settings.active.weekdayBudgets);
    if (noted !== meter.ledger) meter = { ...meter, ledger: noted };
    try {
      saveLedger(ledgerFile, { ...meter.ledger, settings });
    } catch (e) {
      deps.log.error('could not save the time ledger', e);
    }
    const mirror = usageMirrorOf(meter.ledger, day);
    const changed = JSON.stringify(mirrored) !== JSON.stringify(mirror);
    if (changed && (force || mirrored?.day !== day || lastSave - lastMirror >= MIRROR_EVERY_MS)) {
      lastMirror = lastSave;
      try {
        store.set('timeboxUsage', mirror);
        mirrored = mirror;
      } catch (e) {
        deps.log.error('could not save the mirror of today’s usage', e);
      }
    }
  }

  const overrideView = (): OverrideFlowView => {
    switch (override.state) {
      case 'idle':
        return { state: 'idle' };
      case 'waiting':
        return {
          state: 'waiting',
          waitRemainingMs: waitRemainingMs(override, clock.monotonic()),
          focused: override.focusedSince !== null,
        };
      case 'granted':
        return {
          state: 'granted',
          minutes: override.record.minutes,
          message: `${override.record.minutes} more minutes, taken from tomorrow.`,
        };
      case 'refused':
        return { state: 'refused', message: override.message };
    }
  };

  // Set by failClosed: every deck stays locked until restart (see fail-closed.ts).
  let failedClosed: string | null = null;
  const shownStatusOf = (s: TimeboxStatus) => (failedClosed === null ? s : failClosedStatus(s));

  const view = (): TimeboxView => ({
    status: shownStatusOf(status!),
    override: overrideView(),
    shownDeckId: decks().activeDeckId,
  });

  function announce(prev: TimeboxStatus | null, next: TimeboxStatus) {
    const deckId = decks().activeDeckId;
    const pick = (s: TimeboxStatus | null): DeckStatus | TimeboxStatus['total'] | undefined =>
      s?.decks.find((d) => d.deckId === deckId) ?? s?.total;
    const before = pick(prev);
    const after = pick(next);
    if (!after || !next.enabled) return;
    const level = warningToAnnounce(before?.warning ?? 'none', after.warning);
    if (!level || level === 'none') return;
    const message =
      level === '5min'
        ? '5 minutes of X left today. Finish what matters most.'
        : '1 minute of X left today. Wrap up: the columns lock next.';
    deps.events.emit('timebox.warning', {
      level,
      deckId,
      remainingSeconds: after.remainingSeconds,
      message,
    });
    deps.notify({ title: 'Timedeck', body: message });
  }

  /** One step of the meter: count, decide, persist when due, tell whoever needs to know. */
  function step() {
    const countedFrom = meter.run?.tracker.mono;
    const result = meterStep(meter, {
      wall: clock.now(),
      mono: clock.monotonic(),
      presence: deps.presence.get(),
      deck: shownDeck(),
      deckIds: decks().decks.map((d) => d.id),
    });
    const sessionChanged = JSON.stringify(result.state.session) !== JSON.stringify(meter.session);
    const finishedNow =
      meter.session?.state !== 'finished' && result.state.session?.state === 'finished';
    meter = result.state;
    settings = meter.settings;
    if (override.state === 'waiting') {
      const advanced = advanceOverride(override, {
        focused: focused(),
        mono: clock.monotonic(),
        wall: clock.now(),
        settings: settings.active,
        ledger: meter.ledger,
        day: result.status.day,
      });
      override = advanced.flow;
      if (advanced.ledger !== meter.ledger) {
        meter = { ...meter, ledger: advanced.ledger };
        save();
        return step();
      }
    }
    if (result.countedSeconds > 0 && countedFrom !== undefined && deps.onCounted) {
      try {
        deps.onCounted({ from: countedFrom, to: countedFrom + result.countedSeconds * 1000 });
      } catch (e) {
        // Minutes on a conversation never stop the time box.
        deps.log.error('a listener of counted time failed', e);
      }
    }
    const prev = status;
    status = result.status;
    announce(prev, status);
    if (sessionChanged) sessionFile.schedule(() => meter.session);
    if (finishedNow && meter.session) {
      const s = meter.session;
      const sent = Object.values(s.accounts).reduce((n, a) => n + a.repliesSent + a.postsSent, 0);
      deps.notify({
        title: `Focus session over: ${s.purpose}`,
        body: `${Math.round(s.activeSeconds / 60)} active minutes, ${sent} replies and posts sent.`,
      });
    }
    if (clock.monotonic() - lastSave >= SAVE_EVERY_MS) save();

    const locks = JSON.stringify([
      status.total.locked,
      status.decks.map((d) => [d.deckId, d.locked]),
    ]);
    if (locks !== lastLocks) {
      lastLocks = locks;
      deps.onLocksChanged();
    }
    const next = JSON.stringify(view());
    if (next !== lastView) {
      lastView = next;
      deps.events.emit('timebox.changed', view());
    }
  }

  /**
   * A step that threw: count the stretch anyway (unless the user is known to be away), keep
   * every lock as it was, lock what the count used up, save, and say so once.
   */
  function stepFailed(error: unknown) {
    const mono = clock.monotonic();
    if (!degraded) {
      degraded = {
        since: clock.now(),
        countedSeconds: 0,
        lastMono: meter.run?.tracker.mono ?? mono,
      };
      deps.log.error('the time box could not step; it keeps counting and keeps its locks', error);
      try {
        deps.notice({
          level: 'error',
          message:
            'The time box hit an internal error. It keeps counting and keeps the decks locked as they were; the log has the details.',
        });
      } catch {
        // The notice could not be shown; the count and the locks below matter more.
      }
    }
    const seconds = Math.min(MAX_STRETCH_SECONDS, Math.max(0, (mono - degraded.lastMono) / 1000));
    degraded.lastMono = mono;
    let away = false;
    try {
      away = !focused();
    } catch {
      // Presence unknown: count, the safe side.
    }
    if (seconds > 0 && !away) {
      degraded.countedSeconds += seconds;
      let deckId = 'unknown';
      try {
        deckId = decks().activeDeckId;
      } catch {
        // Charged to no deck in particular; the day's total is what locks.
      }
      try {
        meter = {
          ...meter,
          ledger: countTick(meter.ledger, {
            day: status?.day ?? meter.run?.tracker.day ?? today(),
            deckId,
            accountIds: [],
            seconds,
          }),
        };
      } catch (e) {
        deps.log.error('could not count a second while the time box is failing', e);
      }
    }
    if (mono - lastSave >= SAVE_EVERY_MS) save();
    const locks = JSON.stringify(['degraded', lockedDecks()]);
    if (locks !== lastLocks) {
      lastLocks = locks;
      try {
        deps.onLocksChanged();
      } catch (e) {
        deps.log.error('could not tell the poller that locks changed', e);
      }
    }
  }

  /** A step that cannot stop the time box: whatever throws, counting and locking go on. */
  function safeStep() {
    try {
      step();
      if (degraded) {
        deps.log.info('the time box steps normally again');
        degraded = null;
      }
    } catch (e) {
      stepFailed(e);
    }
  }

  function loop() {
    try {
      safeStep();
    } finally {
      // Re-armed whatever happened above: the tick must never stop.
      timer = clock.setTimeout(loop, TICK_MS);
    }
  }

  const unsubscribe = deps.presence.subscribe((p) => {
    try {
      override = overrideFocusChanged(override, focused(), clock.monotonic());
    } finally {
      safeStep();
    }
    // Leaving the window, or the machine going to sleep: write what was counted now.
    if (!p.focused || p.suspended || p.screenLocked) save(true);
  });
  const offDecks = deps.events.subscribe((event) => {
    if (event === 'decks.changed') safeStep();
  });

  type Lock = Pick<DeckStatus, 'locked' | 'opensAt' | 'lockReason'>;
  /**
   * A deck's lock: every deck after failClosed; while the meter fails, what its last decision
   * and the count since allow.
   */
  const lockOf = (deckId: string): Lock | undefined => {
    const d = status ? shownStatusOf(status).decks.find((x) => x.deckId === deckId) : undefined;
    if (!degraded) return d;
    if (d && !d.locked && d.remainingSeconds > degraded.countedSeconds) return d;
    return { locked: true, opensAt: d?.opensAt ?? null, lockReason: d?.lockReason ?? null };
  };
  const lockedDecks = () => {
    try {
      return decks().decks.map((d) => [d.id, !!lockOf(d.id)?.locked]);
    } catch {
      return null;
    }
  };
  const lockMessage = (d: Omit<Lock, 'locked'>) =>
    d.lockReason === 'fault'
      ? FAIL_CLOSED_MESSAGE
      : d.lockReason === 'sessions-only'
        ? 'Locked: in "sessions only" mode the columns open during a focus session.'
        : `Locked until ${d.opensAt ? clockLabel(d.opensAt, settings.active.homeTimeZone) : 'the next reset'}: today's time for X is spent.`;

  const withSession = (change: (s: FocusSession, mono: number) => FocusSession) => {
    if (!meter.session || meter.session.state === 'finished')
      throw conflict('No focus session is under way.');
    meter = { ...meter, session: change(meter.session, clock.monotonic()) };
    sessionFile.schedule(() => meter.session);
    safeStep();
    return view();
  };

  const outcomeOf = (day: string): DayOutcomes => {
    const o = outcomes[day];
    const spent = deps.spendOn(day);
    return {
      postsSent: o?.postsSent ?? 0,
      repliesSent: o?.repliesSent ?? 0,
      postsRead: spent.postsRead,
      dollars: spent.dollars,
    };
  };
  const bumpOutcome = (accountId: string, field: OutcomeKind, n: number) => {
    const day = status?.day ?? today();
    const o = outcomes[day] ?? { postsSent: 0, repliesSent: 0, postsSeen: 0 };
    outcomes[day] = { ...o, [field]: o[field] + n };
    outcomeStore.addOutcome(day, accountId, field, n);
  };

  const settingsView = () => ({
    desired: settings.desired,
    active: settings.active,
    pending: pendingChanges(settings),
    nextResetAt: nextResetAt(clock.now(), settings.active.homeTimeZone, settings.active.resetHour),
  });
  // Extra columns are a nicety: if they fail, the export still has the time.
  const csvColumns = (): DayColumns | undefined => {
    try {
      return deps.csvColumns?.();
    } catch (e) {
      deps.log.error('timebox: extra CSV columns failed; exporting without them', e);
      return undefined;
    }
  };
  const report = () =>
    buildReport({
      ledger: noteBudgets(meter.ledger, status?.day ?? today(), settings.active.weekdayBudgets),
      settings: settings.active,
      today: status?.day ?? today(),
      outcomes: outcomeOf,
    });

  const handlers: Handlers['timebox'] = {
    view: () => view(),
    getSettings: () => settingsView(),
    setSettings: (proposed) => {
      // Everything is checked before anything changes: a refused change leaves all as it was.
      const deckIds = new Set(decks().decks.map((d) => d.id));
      const unknown = Object.keys(proposed.deckBudgets).find((id) => !deckIds.has(id));
      if (unknown !== undefined)
        throw new AppFailure(
          'invalid_payload',
          `There is no deck "${unknown.slice(0, 64)}": a deck budget belongs to one of your decks.`,
        );
      const next = SettingsStateSchema.parse(
        proposeSettings(settings, proposed, status?.day ?? today()),
      );
      // A dry step with the new settings: if they cannot be metered, they are refused now
      // rather than found out by the next tick.
      meterStep(
        { ...meter, settings: next },
        {
          wall: clock.now(),
          mono: clock.monotonic(),
          presence: deps.presence.get(),
          deck: shownDeck(),
          deckIds: [...deckIds],
        },
      );
      store.set('timebox', next);
      settings = next;
      meter = { ...meter, settings };
      safeStep();
      save(true);
      return settingsView();
    },
    startSession: ({ purpose, minutes }) => {
      const result = startSession(meter.session, {
        id: deps.newId(),
        purpose,
        minutes,
        remainingSeconds: status?.total.remainingSeconds ?? 0,
        day: status?.day ?? today(),
        wall: clock.now(),
        mono: clock.monotonic(),
      });
      if (!result.ok) throw conflict(result.message);
      meter = { ...meter, session: result.session };
      sessionFile.schedule(() => meter.session);
      safeStep();
      return view();
    },
    pauseSession: () => withSession(pauseSession),
    resumeSession: () => withSession(resumeSession),
    endSession: () => withSession(endSession),
    requestOverride: ({ reason }) => {
      const shown = lockOf(decks().activeDeckId);
      override = requestOverride({
        reason,
        lock: shown?.lockReason ?? null,
        focused: focused(),
        mono: clock.monotonic(),
        settings: settings.active,
        ledger: meter.ledger,
        day: status?.day ?? today(),
      });
      safeStep();
      if (override.state === 'refused') {
        const message = override.message;
        override = idleOverride;
        throw conflict(message);
      }
      return view();
    },
    cancelOverride: () => {
      override = idleOverride;
      safeStep();
      return view();
    },
    report: () => report(),
    exportCsv: () => ({
      filename: `timedeck-time-${status?.day ?? today()}.csv`,
      csv: reportCsv(
        report(),
        decks(),
        (day) => {
          const { homeTimeZone, resetHour } = settings.active;
          return (
            deps.loggedOutcomes?.(
              dayStartAt(day, homeTimeZone, resetHour),
              dayStartAt(addDays(day, 1), homeTimeZone, resetHour),
            ) ?? []
          );
        },
        csvColumns(),
      ),
    }),
  };

  return {
    handlers,
    start() {
      loop();
    },
    stop() {
      if (timer !== undefined) clock.clearTimeout(timer);
      unsubscribe();
      offDecks();
      safeStep();
      save(true);
      sessionFile.flush();
    },
    /** For the poller: why a deck may not be read now, or null. */
    gate(deckId: string) {
      const d = lockOf(deckId);
      // A deck the time box has not decided on yet (or lost track of) is locked, not open.
      if (!d)
        return {
          state: 'locked' as const,
          message: lockMessage({ opensAt: null, lockReason: null }),
        };
      return d.locked ? { state: 'locked' as const, message: lockMessage(d) } : null;
    },
    isLocked: (deckId: string) => lockOf(deckId)?.locked ?? true,
    /** The idle threshold in force today: when the host's idle reads must come (idle-poll.ts). */
    idleThresholdSeconds: () => settings.active.idleThresholdSeconds,
    /**
     * The first-run sheet's daily budget: in force at once, as a first start's settings are
     * (nothing has been counted against it yet, so no loosening waits for the reset).
     */
    adoptFirstRunBudget(minutes: number) {
      const budgets = Object.fromEntries(
        Object.keys(settings.active.weekdayBudgets).map((d) => [d, minutes]),
      ) as TimeboxSettings['weekdayBudgets'];
      const chosen = { ...settings.desired, weekdayBudgets: budgets };
      settings = initialSettingsState(chosen, status?.day ?? today());
      meter = { ...meter, settings };
      store.set('timebox', settings);
      step();
    },
    /** For posting: the deck on screen must be open. */
    postRefusal(): string | null {
      const d = lockOf(decks().activeDeckId) ?? { locked: true, opensAt: null, lockReason: null };
      return d.locked ? `Nothing is posted while the deck is locked. ${lockMessage(d)}` : null;
    },
    recordSeen(accountId: string, count: number) {
      if (meter.session)
        meter = { ...meter, session: recordActivity(meter.session, accountId, 'seen', count) };
      bumpOutcome(accountId, 'postsSeen', count);
    },
    recordSent(accountId: string, reply: boolean) {
      if (meter.session)
        meter = {
          ...meter,
          session: recordActivity(meter.session, accountId, reply ? 'reply' : 'post'),
        };
      bumpOutcome(accountId, reply ? 'repliesSent' : 'postsSent', 1);
    },
    view,
    /**
     * Main hit an error it cannot account for: lock every deck until restart (no polling, no
     * posting), keep what was counted, and tell the user why. Idempotent; the first reason is kept.
     */
    failClosed(reason: string) {
      if (failedClosed !== null) return;
      failedClosed = reason;
      deps.log.error(`the time box locked every deck after an error: ${reason}`);
      // Each part on its own: the fault that brought us here may be in any of them.
      for (const part of [
        save,
        () => deps.notice({ level: 'error', message: `${FAIL_CLOSED_MESSAGE} (${reason})` }),
        () => deps.onLocksChanged(),
        () => status && deps.events.emit('timebox.changed', view()),
      ]) {
        try {
          part();
        } catch (e) {
          deps.log.error('while locking after an error', e);
        }
      }
    },
  };
}

export type TimeboxService = ReturnType<typeof createTimeboxService>;
