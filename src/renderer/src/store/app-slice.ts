import type { StateCreator } from 'zustand';
import type { AppInfo, FirstRunAnswer, Notice } from '../../../shared/app';
import type { AppError } from '../../../shared/errors';
import { bridge } from '../bridge';
import type { Store } from './index';

export interface ShownError extends AppError {
  id: number;
}

export interface AppSlice {
  info: AppInfo | null;
  notices: Notice[];
  errors: ShownError[];
  loadInfo(): Promise<void>;
  /** Answers (or, with nothing, skips) the first-run sheet; it is not shown again. */
  finishFirstRun(answer: FirstRunAnswer): Promise<boolean>;
  addNotice(notice: Notice): void;
  removeNotice(id: string): void;
  dismissNotice(id: string): Promise<void>;
  showError(error: AppError): void;
  dismissError(id: number): void;
  /**
   * X answered again (a column updated, a post went out): errors that only said X was not
   * answering or not reachable go by themselves, since their cause has.
   */
  clearXHealthErrors(): void;
  /** A request on `channel` went through: what its earlier refusals reported is over. */
  clearErrorsFor(channel: string): void;
}

/** An error about X's health or the connection, rather than about what was asked. */
export const isXHealthError = (e: AppError): boolean =>
  e.kind === 'x' && (e.x?.kind === 'unavailable' || e.x?.kind === 'network');

let nextErrorId = 1;

export const createAppSlice: StateCreator<Store, [], [], AppSlice> = (set) => ({
  info: null,
  notices: [],
  errors: [],
  async loadInfo() {
    const result = await bridge().app.info();
    if (result.ok) set({ info: result.value, notices: result.value.notices });
  },
  async finishFirstRun(answer) {
    const result = await bridge().app.finishFirstRun(answer);
    if (result.ok) set({ info: result.value });
    return result.ok;
  },
  addNotice: (notice) =>
    set((s) => ({ notices: [...s.notices.filter((n) => n.id !== notice.id), notice] })),
  removeNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  async dismissNotice(id) {
    set((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
    await bridge().app.dismissNotice({ noticeId: id });
  },
  // The newest five are enough: an error that repeats should not bury the deck.
  showError: (error) =>
    set((s) => ({ errors: [...s.errors, { ...error, id: nextErrorId++ }].slice(-5) })),
  dismissError: (id) => set((s) => ({ errors: s.errors.filter((e) => e.id !== id) })),
  clearXHealthErrors: () =>
    set((s) =>
      s.errors.some(isXHealthError) ? { errors: s.errors.filter((e) => !isXHealthError(e)) } : {},
    ),
  clearErrorsFor: (channel) =>
    set((s) =>
      s.errors.some((e) => e.channel === channel)
        ? { errors: s.errors.filter((e) => e.channel !== channel) }
        : {},
    ),
});
