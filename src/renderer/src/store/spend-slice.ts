import type { StateCreator } from 'zustand';
import type { SpendView } from '../../../shared/columns/content';
import { bridge } from '../bridge';
import type { Store } from './index';

export interface SpendSlice {
  spend: SpendView | null;
  setSpend(spend: SpendView): void;
  loadSpend(): Promise<void>;
  /** null removes the cap. */
  setMonthlyCap(dollars: number | null): Promise<boolean>;
}

export const createSpendSlice: StateCreator<Store, [], [], SpendSlice> = (set) => ({
  spend: null,
  setSpend: (spend) => set({ spend }),
  async loadSpend() {
    const result = await bridge().spend.get();
    if (result.ok) set({ spend: result.value });
  },
  async setMonthlyCap(dollars) {
    const result = await bridge().spend.setMonthlyCap({ dollars });
    if (result.ok) set({ spend: result.value });
    return result.ok;
  },
});
