import { powerMonitor, type BrowserWindow } from 'electron';
import { createSettablePresence, presentState, type PresenceSource } from '../platform/presence';

/** How often the system's idle time is read: fine enough for a 60-second idle threshold. */
const IDLE_POLL_MS = 5000;

/**
 * Whether the user is really there, from Electron: the window's focus and visibility, the
 * system's idle time, suspend and resume, screen lock and unlock (powerMonitor).
 */
export function electronPresence(): PresenceSource & { attach(win: BrowserWindow): void } {
  const presence = createSettablePresence({ ...presentState, focused: false, visible: false });
  const readWindow = (win: BrowserWindow) =>
    presence.set({ focused: win.isFocused(), visible: win.isVisible() && !win.isMinimized() });

  powerMonitor.on('suspend', () => presence.set({ suspended: true }));
  powerMonitor.on('resume', () => presence.set({ suspended: false }));
  powerMonitor.on('lock-screen', () => presence.set({ screenLocked: true }));
  powerMonitor.on('unlock-screen', () => presence.set({ screenLocked: false }));
  setInterval(() => {
    const idleSeconds = powerMonitor.getSystemIdleTime();
    if (idleSeconds !== presence.get().idleSeconds) presence.set({ idleSeconds });
  }, IDLE_POLL_MS).unref();

  return {
    get: presence.get,
    subscribe: presence.subscribe,
    attach(win) {
      for (const event of ['focus', 'blur', 'show', 'hide', 'minimize', 'restore'] as const) {
        win.on(event as 'focus', () => readWindow(win));
      }
      readWindow(win);
    },
  };
}
