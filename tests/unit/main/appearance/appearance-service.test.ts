import { describe, expect, it } from 'vitest';
import { createAppearanceService } from '../../../../src/main/appearance/appearance-service';
import { AppearancePatchSchema } from '../../../../src/shared/appearance/schema';
import { DEFAULT_APPEARANCE } from '../../../../src/shared/appearance/values';
import { defaultState, type PersistedState } from '../../../../src/main/store/schema';
import type { StateStore } from '../../../../src/main/store/state-store';

function memoryStore(): StateStore<PersistedState> {
  const state: PersistedState = defaultState();
  return {
    get: (key) => state[key],
    set: (key, value) => void (state[key] = value),
  };
}

describe('the appearance settings', () => {
  it('are the defaults in a store written before they existed', () => {
    const { handlers } = createAppearanceService(memoryStore());
    expect(handlers.get(undefined)).toEqual(DEFAULT_APPEARANCE);
  });

  it('keep each change, one setting at a time', () => {
    const store = memoryStore();
    const { handlers } = createAppearanceService(store);
    handlers.set({ theme: 'dark' });
    expect(handlers.set({ textSize: 'large' })).toEqual({
      ...DEFAULT_APPEARANCE,
      theme: 'dark',
      textSize: 'large',
    });
    // A new start reads them back.
    expect(createAppearanceService(store).handlers.get(undefined)).toMatchObject({
      theme: 'dark',
      textSize: 'large',
    });
  });

  it('refuse what is not a setting', () => {
    expect(AppearancePatchSchema.safeParse({ theme: 'sepia' }).success).toBe(false);
    expect(AppearancePatchSchema.safeParse({ fontSize: 20 }).success).toBe(false);
  });
});
