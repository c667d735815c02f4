import path from 'node:path';
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
import { conflict } from '../errors';
import type { NewNotice } from '../app/app-service';
import type { EventHub } from '../ipc/events';
import type { Handlers } from '../ipc/router';
import type { Clock, TimerId } from '../../shared/time/clock';
import type { Logger } from '../platform/logger';
import type { PresenceSource } from '../platform/presence';
import { createJsonFile } from '../store/json-file';
import type { PersistedState } from '../store/schema';
import type { StateStore } from '../store/state-store';
import { budgetDayOf, nextResetAt } from './budget-day';
import {
  endSession,
  pauseSession,
  recordActivity,
  resumeSession,
  startSession,
  type FocusSession,
} from './focus-session';
import { loadLedger, saveLedger } from './ledger-store';
import { meterStep, type MeterState } from './meter';
import {
  advanceOverride,
  idleOverride,
  overrideFocusChanged,
  requestOverride,
  waitRemainingMs,
  type OverrideFlow,
} from './override';
import { warningToAnnounce } from './policy';
import { buildReport, reportCsv, type DayOutcomes } from './report';
import {
  initialSettingsState,
  pendingChanges,
  proposeSettings,
  type SettingsState,
} from './settings-change';
import { pruneLedger } from './usage';

/** How often the meter steps: the granularity of counting, and of the countdown. */
export const TICK_MS = 1000;
/** The ledger is written at least this often, so a killed process loses at most this much. */
export const SAVE_EVERY_MS = 5000;

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

const OutcomesSchema = z.record(
  BudgetDaySchema,
  z.object({
    postsSent: z.number().int(),
    repliesSent: z.number().int(),
    postsSeen: z.number().int(),
  }),
);

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
  const outcomesFile = createJsonFile({
    file: path.join(deps.dataDir, 'outcomes.json'),
    schema: OutcomesSchema,
    clock,
    log: deps.log,
    delayMs: 2000,
  });

  // The home zone is the system's at first start, then stays: travelling does not move the day.
  const firstSettings = defaultTimeboxSettings(deps.systemTimeZone);
  let settings: SettingsState =
    store.get('timebox') ??
    initialSettingsState(
      firstSettings,
      budgetDayOf(clock.now(), firstSettings.homeTimeZone, firstSettings.resetHour),
    );
  store.set('timebox', settings);
  const today = () =>
    budgetDayOf(clock.now(), settings.active.homeTimeZone, settings.active.resetHour);

  const loaded = loadLedger(ledgerFile, { now: clock.now(), today: today() });
  if (loaded.notice) deps.notice(loaded.notice);
  let meter: MeterState = {
    ledger: pruneLedger(loaded.ledger, today()),
    settings,
    session: (sessionFile.load() as FocusSession | null) ?? null,
    run: null,
  };
  const outcomes = outcomesFile.load() ?? {};
  let override: OverrideFlow = idleOverride;
  let status: TimeboxStatus | null = null;
  let lastView = '';
  let lastLocks = '';
  let lastSave = clock.monotonic();
  let timer: TimerId | undefined;

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

  function save() {
    lastSave = clock.monotonic();
    try {
      saveLedger(ledgerFile, meter.ledger);
    } catch (e) {
      deps.log.error('could not save the time ledger', e);
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

  const view = (): TimeboxView => ({
    status: status!,
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

  function loop() {
    step();
    timer = clock.setTimeout(loop, TICK_MS);
  }

  const unsubscribe = deps.presence.subscribe((p) => {
    override = overrideFocusChanged(override, focused(), clock.monotonic());
    step();
    // Leaving the window, or the machine going to sleep: write what was counted now.
    if (!p.focused || p.suspended || p.screenLocked) save();
  });
  const offDecks = deps.events.subscribe((event) => {
    if (event === 'decks.changed') step();
  });

  const lockOf = (deckId: string) => status?.decks.find((d) => d.deckId === deckId);
  const lockMessage = (d: { opensAt: number | null; lockReason: string | null }) =>
    d.lockReason === 'sessions-only'
      ? 'Locked: in "sessions only" mode the columns open during a focus session.'
      : `Locked until ${d.opensAt ? clockLabel(d.opensAt, settings.active.homeTimeZone) : 'the next reset'}: today's time for X is spent.`;

  const withSession = (change: (s: FocusSession, mono: number) => FocusSession) => {
    if (!meter.session || meter.session.state === 'finished')
      throw conflict('No focus session is under way.');
    meter = { ...meter, session: change(meter.session, clock.monotonic()) };
    sessionFile.schedule(() => meter.session);
    step();
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
  const bumpOutcome = (field: 'postsSent' | 'repliesSent' | 'postsSeen', n: number) => {
    const day = status?.day ?? today();
    const o = outcomes[day] ?? { postsSent: 0, repliesSent: 0, postsSeen: 0 };
    outcomes[day] = { ...o, [field]: o[field] + n };
    outcomesFile.schedule(() => outcomes);
  };

  const settingsView = () => ({
    desired: settings.desired,
    active: settings.active,
    pending: pendingChanges(settings),
    nextResetAt: nextResetAt(clock.now(), settings.active.homeTimeZone, settings.active.resetHour),
  });
  const report = () =>
    buildReport({
      ledger: meter.ledger,
      settings: settings.active,
      today: status?.day ?? today(),
      outcomes: outcomeOf,
    });

  const handlers: Handlers['timebox'] = {
    view: () => view(),
    getSettings: () => settingsView(),
    setSettings: (proposed) => {
      settings = proposeSettings(settings, proposed, status?.day ?? today());
      meter = { ...meter, settings };
      store.set('timebox', settings);
      step();
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
      step();
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
      step();
      if (override.state === 'refused') {
        const message = override.message;
        override = idleOverride;
        throw conflict(message);
      }
      return view();
    },
    cancelOverride: () => {
      override = idleOverride;
      step();
      return view();
    },
    report: () => report(),
    exportCsv: () => ({
      filename: `timedeck-time-${status?.day ?? today()}.csv`,
      csv: reportCsv(report(), decks()),
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
      step();
      save();
      sessionFile.flush();
      outcomesFile.flush();
    },
    /** For the poller: why a deck may not be read now, or null. */
    gate(deckId: string) {
      const d = lockOf(deckId);
      return d?.locked ? { state: 'locked' as const, message: lockMessage(d) } : null;
    },
    isLocked: (deckId: string) => !!lockOf(deckId)?.locked,
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
      const d = lockOf(decks().activeDeckId);
      return d?.locked ? `Nothing is posted while the deck is locked. ${lockMessage(d)}` : null;
    },
    recordSeen(accountId: string, count: number) {
      if (meter.session)
        meter = { ...meter, session: recordActivity(meter.session, accountId, 'seen', count) };
      bumpOutcome('postsSeen', count);
    },
    recordSent(accountId: string, reply: boolean) {
      if (meter.session)
        meter = {
          ...meter,
          session: recordActivity(meter.session, accountId, reply ? 'reply' : 'post'),
        };
      bumpOutcome(reply ? 'repliesSent' : 'postsSent', 1);
    },
    view,
  };
}

export type TimeboxService = ReturnType<typeof createTimeboxService>;
