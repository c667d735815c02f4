import type { StateCreator } from 'zustand';
import type { BalanceView, BrandSettings } from '../../../shared/outcomes/balance-schema';
import type { PostClass } from '../../../shared/outcomes/post-class';
import { bridge } from '../bridge';
import type { Store } from './index';

export interface BalanceSlice {
  brandSettings: BrandSettings | null;
  /** Per account: its balance, or why it could not be read. */
  balances: Record<string, BalanceView | { error: string }>;
  loadBrandSettings(): Promise<void>;
  /** null when saved, else the words to show beside the form. */
  saveBrandSettings(settings: BrandSettings): Promise<string | null>;
  loadBalance(accountId: string): Promise<void>;
  setPostClass(accountId: string, postId: string, postClass: PostClass | null): Promise<void>;
}

export const createBalanceSlice: StateCreator<Store, [], [], BalanceSlice> = (set) => {
  const keep = (accountId: string, value: BalanceView | { error: string }) =>
    set((s) => ({ balances: { ...s.balances, [accountId]: value } }));
  return {
    brandSettings: null,
    balances: {},
    async loadBrandSettings() {
      const result = await bridge().balance.settings();
      if (result.ok) set({ brandSettings: result.value });
    },
    async saveBrandSettings(settings) {
      const result = await bridge().balance.setSettings(settings);
      if (!result.ok) return result.error.message;
      set({ brandSettings: result.value });
      return null;
    },
    async loadBalance(accountId) {
      const result = await bridge().balance.view({ accountId });
      keep(accountId, result.ok ? result.value : { error: result.error.message });
    },
    async setPostClass(accountId, postId, postClass) {
      const result = await bridge().balance.setClass({ accountId, postId, postClass });
      if (result.ok) keep(accountId, result.value);
    },
  };
};
