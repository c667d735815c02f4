import { powerMonitor, type BrowserWindow } from 'electron';
import type { Logger } from '../platform/logger';
import { createSettablePresence, presentState, type PresenceSource } from '../platform/presence';
import { watchIdle } from '../platform/idle-watch';

/**
 * Whether the user is really there, from Electron: the window's focus and visibility, the
 * system's idle time, suspend and resume, screen lock and unlock (powerMonitor). The idle time
 * has no event: it is read on the schedule of platform/idle-poll.ts, which needs the idle
 * threshold in force (`idleThresholdSeconds`, read at every read).
 */
export function electronPresence(options: {
  idleThresholdSeconds: () => number | undefined;
  log: Logger;
}): PresenceSource & { attach(win: BrowserWindow): void } {
  const presence = createSettablePresence({ ...presentState, focused: false, visible: false });
  const readWindow = (win: BrowserWindow) =>
    presence.set({ focused: win.isFocused(), visible: win.isVisible() && !win.isMinimized() });

  // For the life of the app: the timers are unref'd, so they never keep it from quitting.
  const idle = watchIdle({
    readIdleSeconds: () => powerMonitor.getSystemIdleTime(),
    thresholdSeconds: options.idleThresholdSeconds,
    reported: () => presence.get().idleSeconds,
    report: (idleSeconds) => presence.set({ idleSeconds }),
    setTimer: (callback, ms) => setTimeout(callback, ms).unref(),
    clearTimer: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
    log: options.log,
  });
  powerMonitor.on('suspend', () => presence.set({ suspended: true }));
  // Timers do not run while the machine sleeps: the idle time is read again as it wakes, before
  // counting resumes on a reading from before the sleep.
  powerMonitor.on('resume', () => {
    idle.readNow();
    presence.set({ suspended: false });
  });
  powerMonitor.on('lock-screen', () => presence.set({ screenLocked: true }));
  powerMonitor.on('unlock-screen', () => {
    idle.readNow();
    presence.set({ screenLocked: false });
  });

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
