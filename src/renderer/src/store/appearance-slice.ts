import type { StateCreator } from 'zustand';
import {
  DEFAULT_APPEARANCE,
  DENSITIES,
  TEXT_SIZES,
  THEMES,
  type Appearance,
} from '../../../shared/appearance/values';
import { bridge } from '../bridge';
import type { Store } from './index';

/**
 * A copy of main's answer in the page's own storage, read before the first paint so that the
 * window does not flash the wrong theme while main is asked. Main's answer wins once it comes.
 */
const CACHE_KEY = 'timedeck.appearance';

export function cachedAppearance(): Appearance {
  try {
    const raw = JSON.parse(localStorage.getItem(CACHE_KEY) ?? 'null') as Partial<Appearance> | null;
    return {
      theme: THEMES.find((t) => t === raw?.theme) ?? DEFAULT_APPEARANCE.theme,
      density: DENSITIES.find((d) => d === raw?.density) ?? DEFAULT_APPEARANCE.density,
      textSize: TEXT_SIZES.find((t) => t === raw?.textSize) ?? DEFAULT_APPEARANCE.textSize,
    };
  } catch {
    return DEFAULT_APPEARANCE;
  }
}

function cache(appearance: Appearance) {
  try {
    localStorage.setItem(CACHE_KEY, JSON.stringify(appearance));
  } catch {
    // No storage (a locked-down profile): main still remembers it.
  }
}

export interface AppearanceSlice {
  appearance: Appearance;
  loadAppearance(): Promise<void>;
  /** Applied at once; main keeps it. A refusal puts back what main has. */
  setAppearance(patch: Partial<Appearance>): Promise<boolean>;
}

export const createAppearanceSlice: StateCreator<Store, [], [], AppearanceSlice> = (set, get) => ({
  appearance: cachedAppearance(),
  async loadAppearance() {
    const result = await bridge().appearance.get();
    if (!result.ok) return;
    set({ appearance: result.value });
    cache(result.value);
  },
  async setAppearance(patch) {
    set({ appearance: { ...get().appearance, ...patch } });
    const result = await bridge().appearance.set(patch);
    if (result.ok) {
      set({ appearance: result.value });
      cache(result.value);
    } else {
      await get().loadAppearance();
    }
    return result.ok;
  },
});
