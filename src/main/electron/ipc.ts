import { ipcMain, type BrowserWindow } from 'electron';
import { EVENT_CHANNEL } from '../../shared/ipc/contract';
import type { Services } from '../services';

/** Main's side of the contract over Electron IPC: every channel goes through the router. */
export function registerIpc(services: Services, getWindow: () => BrowserWindow | null) {
  for (const channel of services.router.channels) {
    ipcMain.handle(channel, (event, payload: unknown) =>
      services.router.dispatch(channel, payload, event.senderFrame?.url),
    );
  }
  return services.events.subscribe((event, payload) => {
    const win = getWindow();
    if (win && !win.isDestroyed()) win.webContents.send(EVENT_CHANNEL, { event, payload });
  });
}
