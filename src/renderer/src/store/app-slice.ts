import type { StateCreator } from 'zustand';
import type { AppInfo, Notice } from '../../../shared/app';
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
  addNotice(notice: Notice): void;
  removeNotice(id: string): void;
  dismissNotice(id: string): Promise<void>;
  showError(error: AppError): void;
  dismissError(id: number): void;
  /** A request on `channel` went through: what its earlier refusals reported is over. */
  clearErrorsFor(channel: string): void;
}

let nextErrorId = 1;

export const createAppSlice: StateCreator<Store, [], [], AppSlice> = (set) => ({
  info: null,
  notices: [],
  errors: [],
  async loadInfo() {
    const result = await bridge().app.info();
    if (result.ok) set({ info: result.value, notices: result.value.notices });
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
  clearErrorsFor: (channel) =>
    set((s) =>
      s.errors.some((e) => e.channel === channel)
        ? { errors: s.errors.filter((e) => e.channel !== channel) }
        : {},
    ),
});
