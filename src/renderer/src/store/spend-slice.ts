import type { StateCreator } from 'zustand';
import type { SpendView } from '../../../shared/columns/content';
import type { VolumeAnswer } from '../../../shared/spend/volume-schema';
import { bridge } from '../bridge';
import type { Store } from './index';

export type VolumeState = VolumeAnswer | { state: 'counting' };

export interface SpendSlice {
  spend: SpendView | null;
  /** Counted search queries (main keeps them a UTC day; asking again for one is free). */
  volumes: Record<string, VolumeState>;
  setSpend(spend: SpendView): void;
  loadSpend(): Promise<void>;
  /** null removes the cap. */
  setMonthlyCap(dollars: number | null): Promise<boolean>;
  /** Asks main how many posts `query` matched last week; one request at a time per query. */
  countVolume(query: string): Promise<void>;
}

export const createSpendSlice: StateCreator<Store, [], [], SpendSlice> = (set, get) => ({
  spend: null,
  volumes: {},
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
  async countVolume(query) {
    if (get().volumes[query]?.state === 'counting') return;
    set((s) => ({ volumes: { ...s.volumes, [query]: { state: 'counting' } } }));
    const result = await bridge().spend.volume({ query });
    const answer: VolumeAnswer = result.ok
      ? result.value
      : { state: 'refused', message: result.error.message };
    set((s) => ({ volumes: { ...s.volumes, [query]: answer } }));
  },
});
