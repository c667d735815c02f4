/**
 * Whether the user is really there: the time box counts a second while the window is visible,
 * the system not idle, suspended or locked — and focused too if the user asked for that
 * (timebox/presence-rule.ts). Electron reads this from the
 * window and powerMonitor; the harness from its test controls.
 */
export interface PresenceState {
  focused: boolean;
  visible: boolean;
  idleSeconds: number;
  suspended: boolean;
  screenLocked: boolean;
}

export interface PresenceSource {
  get(): PresenceState;
  subscribe(listener: (state: PresenceState) => void): () => void;
}

/** A presence source that is told its state: the harness's controls, and tests. */
export function createSettablePresence(initial: PresenceState) {
  let state = initial;
  const listeners = new Set<(s: PresenceState) => void>();
  return {
    get: () => state,
    subscribe(listener: (s: PresenceState) => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    set(patch: Partial<PresenceState>) {
      state = { ...state, ...patch };
      listeners.forEach((l) => l(state));
    },
  };
}

export const presentState: PresenceState = {
  focused: true,
  visible: true,
  idleSeconds: 0,
  suspended: false,
  screenLocked: false,
};
