import type { BrowserWindow } from 'electron';
import type { NewNotice } from '../app/app-service';
import type { Logger } from '../platform/logger';
import { NO_CRASHES, recover, type RendererTrouble } from '../platform/renderer-recovery';

/** Reloads the window's page when it crashes or hangs (policy: platform/renderer-recovery.ts). */
export function keepRendererAlive(
  win: BrowserWindow,
  deps: { log: Logger; notice(n: NewNotice): void; now(): number },
) {
  let state = NO_CRASHES;
  let reloadTimer: NodeJS.Timeout | undefined;
  const handle = (trouble: RendererTrouble) => {
    const next = recover(state, trouble, deps.now());
    state = next.state;
    const { decision } = next;
    if (decision.action === 'none') return;
    if (win.isDestroyed()) return;
    if (decision.action === 'end-hung-page') {
      deps.log.warn('the window stopped answering: ending its page to reload it');
      win.webContents.forcefullyCrashRenderer();
      return;
    }
    deps.log.error(`the window's page went away (${JSON.stringify(trouble)}): reloading`);
    deps.notice({ level: 'warning', message: decision.notice });
    clearTimeout(reloadTimer);
    reloadTimer = setTimeout(() => {
      if (!win.isDestroyed()) win.webContents.reload();
    }, decision.afterMs);
  };
  win.webContents.on('render-process-gone', (_event, details) =>
    handle({ kind: 'gone', reason: details.reason, exitCode: details.exitCode }),
  );
  win.webContents.on('unresponsive', () => handle({ kind: 'unresponsive' }));
  win.on('closed', () => clearTimeout(reloadTimer));
}
