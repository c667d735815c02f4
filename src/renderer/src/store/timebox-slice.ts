import type { StateCreator } from 'zustand';
import type { Result } from '../../../shared/errors';
import type { TimeboxSettings } from '../../../shared/timebox/settings';
import type { FocusSessionView } from '../../../shared/timebox/status';
import type {
  TimeboxSettingsView,
  TimeboxView,
  TimeboxWarning,
  TimeReport,
} from '../../../shared/timebox/view';
import { bridge } from '../bridge';
import type { Store } from './index';
import { shownStatus } from './timebox-selectors';

export interface ShownWarning extends TimeboxWarning {
  id: number;
}

export interface TimeboxSlice {
  /** Main's view of the time box, as pushed every second that something changes. */
  timebox: TimeboxView | null;
  timeboxSettings: TimeboxSettingsView | null;
  timeReport: TimeReport | null;
  /** The last 5- or 1-minute warning, until dismissed or no longer true. */
  timeWarning: ShownWarning | null;
  /** A focus session that finished while the window was open: its summary, until closed. */
  sessionSummary: FocusSessionView | null;
  startSessionOpen: boolean;
  /** Why main refused to start the session, shown in the dialog (which covers the messages). */
  startSessionError: string | null;
  loadTimebox(): Promise<void>;
  /** Applies a view from main (event or answer), and what follows from its changes. */
  setTimebox(view: TimeboxView): void;
  receiveWarning(warning: TimeboxWarning): void;
  dismissWarning(): void;
  loadTimeboxSettings(): Promise<void>;
  saveTimeboxSettings(settings: TimeboxSettings): Promise<boolean>;
  loadTimeReport(): Promise<void>;
  exportTimeCsv(): Promise<{ filename: string; csv: string } | null>;
  setStartSessionOpen(open: boolean): void;
  startFocusSession(purpose: string, minutes: number): Promise<boolean>;
  pauseFocusSession(): Promise<boolean>;
  resumeFocusSession(): Promise<boolean>;
  endFocusSession(): Promise<boolean>;
  dismissSessionSummary(): void;
  /** The deck on screen locked (true) or opened again (false). */
  followShownLock(locked: boolean): void;
  requestOverride(reason: string): Promise<boolean>;
  cancelOverride(): Promise<boolean>;
}

let nextWarningId = 1;

const sessionFinished = (before: FocusSessionView | null, after: FocusSessionView | null) =>
  !!before &&
  !!after &&
  before.id === after.id &&
  before.state !== 'finished' &&
  after.state === 'finished';

/**
 * The time box as main decides it. Nothing here computes time left or a lock: every number comes
 * from main's view; the slice only notices changes that the rest of the window must follow (a
 * finished session shows its summary, a grant is confirmed, a new day reloads the report).
 */
export const createTimeboxSlice: StateCreator<Store, [], [], TimeboxSlice> = (set, get) => {
  const applyView = async (request: Promise<Result<TimeboxView>>) => {
    const result = await request;
    if (result.ok) get().setTimebox(result.value);
    return result.ok;
  };

  return {
    timebox: null,
    timeboxSettings: null,
    timeReport: null,
    timeWarning: null,
    sessionSummary: null,
    startSessionOpen: false,
    startSessionError: null,
    loadTimebox: async () => void (await applyView(bridge().timebox.view())),
    setTimebox(view) {
      const s = get();
      const before = s.timebox;
      const shown = shownStatus({ layout: s.layout, timebox: view });
      const patch: Partial<TimeboxSlice> = { timebox: view };

      if (sessionFinished(before?.status.focusSession ?? null, view.status.focusSession)) {
        patch.sessionSummary = view.status.focusSession;
      }
      // A warning is shown while it holds: not once the deck locks, nor after more time came.
      if (s.timeWarning && (!shown || shown.warning === 'none')) patch.timeWarning = null;
      set(patch);

      if (view.override.state === 'granted' && before?.override.state !== 'granted') {
        s.showFlash(view.override.message ?? 'More time granted');
      }
      const dayChanged = before !== null && before.status.day !== view.status.day;
      const pendingChanged =
        JSON.stringify(before?.status.pending ?? []) !== JSON.stringify(view.status.pending);
      if (s.timeboxSettings && (dayChanged || pendingChanged)) void s.loadTimeboxSettings();
      if (s.timeReport && dayChanged) void s.loadTimeReport();
    },
    receiveWarning: (warning) => set({ timeWarning: { ...warning, id: nextWarningId++ } }),
    dismissWarning: () => set({ timeWarning: null }),
    async loadTimeboxSettings() {
      const result = await bridge().timebox.getSettings();
      if (result.ok) set({ timeboxSettings: result.value });
    },
    async saveTimeboxSettings(settings) {
      const result = await bridge().timebox.setSettings(settings);
      if (result.ok) set({ timeboxSettings: result.value });
      return result.ok;
    },
    async loadTimeReport() {
      const result = await bridge().timebox.report();
      if (result.ok) set({ timeReport: result.value });
    },
    async exportTimeCsv() {
      const result = await bridge().timebox.exportCsv();
      return result.ok ? result.value : null;
    },
    setStartSessionOpen: (startSessionOpen) => set({ startSessionOpen, startSessionError: null }),
    async startFocusSession(purpose, minutes) {
      set({ startSessionError: null });
      const result = await bridge().timebox.startSession({ purpose, minutes });
      if (!result.ok) {
        set({ startSessionError: result.error.message });
        return false;
      }
      get().setTimebox(result.value);
      set({ startSessionOpen: false, sessionSummary: null });
      return true;
    },
    pauseFocusSession: () => applyView(bridge().timebox.pauseSession()),
    resumeFocusSession: () => applyView(bridge().timebox.resumeSession()),
    endFocusSession: () => applyView(bridge().timebox.endSession()),
    dismissSessionSummary: () => set({ sessionSummary: null }),
    followShownLock(locked) {
      const s = get();
      if (locked) {
        // Nothing of the deck stays on screen: the composer closes (main keeps its draft). Not
        // when a focus session just ended on a half-typed text: the user is mid-sentence, so it
        // stays open, unable to send until a session opens the deck again.
        const sessionEnded = shownStatus(s)?.lockReason === 'sessions-only';
        const typing = s.draft.text.trim() !== '';
        if (s.composerOpen && !(sessionEnded && typing)) s.closeComposer();
        if (s.pendingRepost) s.askRepost(null);
        s.setFocus(null, null);
      } else {
        // The deck opens again: its posts come back from main's cache.
        void s.loadColumns();
      }
    },
    requestOverride: (reason) => applyView(bridge().timebox.requestOverride({ reason })),
    cancelOverride: () => applyView(bridge().timebox.cancelOverride()),
  };
};
