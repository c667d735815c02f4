import { DEFAULT_APPEARANCE, type Appearance } from '../../shared/appearance/values';
import type { Handlers } from '../ipc/router';
import type { PersistedState } from '../store/schema';
import type { StateStore } from '../store/state-store';

/**
 * How the deck looks (theme, density, text size): kept in the store so that both hosts remember
 * it. A store written before these settings existed has none: the defaults hold.
 */
export function createAppearanceService(store: StateStore<PersistedState>) {
  const current = (): Appearance => ({ ...DEFAULT_APPEARANCE, ...store.get('appearance') });
  const handlers: Handlers['appearance'] = {
    get: () => current(),
    set: (patch) => {
      const next = { ...current(), ...patch };
      store.set('appearance', next);
      return next;
    },
  };
  return { handlers };
}
