import { randomBytes, randomUUID } from 'node:crypto';
import { app, BrowserWindow, dialog, Notification, session, type WebContents } from 'electron';
import { registerIpc } from './electron/ipc';
import { openElectronStore } from './electron/store';
import { electronPresence } from './electron/presence';
import { electronVault } from './electron/vault';
import { createMainWindow, isOwnPage } from './electron/window';
import { exposeForTests, openExternal } from './electron/test-hooks';
import { systemClock } from '../shared/time/clock';
import { consoleLogger } from './platform/logger';
import { LibraryOpenError } from './library/open-library';
import { openNodeSqlite } from './library/node-sqlite-driver';
import { createServices } from './services';

// The Electron host: the product. The same services run in the browser harness (src/harness).

// Tests (and anyone who wants a second, separate profile) can point the app at another folder.
if (process.env.TIMEDECK_USER_DATA) app.setPath('userData', process.env.TIMEDECK_USER_DATA);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  // Defence in depth for every web contents, including any a bug might create.
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });

  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(async () => {
    // No permission (camera, notifications from the page, ...) is ever granted to the page.
    session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) =>
      callback(false),
    );

    const log = consoleLogger('main');
    const opened = openElectronStore();
    const presence = electronPresence();
    exposeForTests({ presence });
    const started = createServices({
      platform: {
        host: 'electron',
        version: app.getVersion(),
        clock: systemClock,
        log,
        newId: () => randomUUID(),
        openExternal,
        notify: ({ title, body }) => {
          if (Notification.isSupported()) new Notification({ title, body, silent: false }).show();
        },
        dataDir: app.getPath('userData'),
      },
      store: opened.store,
      vault: electronVault,
      random: randomBytes,
      startupNotices: opened.notices,
      isTrustedSender: isOwnPage,
      presence,
      openDriver: openNodeSqlite,
    }).catch((e: unknown) => {
      // A library from a newer Timedeck (or held by another): say so and stop, touching nothing.
      if (!(e instanceof LibraryOpenError)) throw e;
      dialog.showErrorBox('Timedeck cannot open its library', e.message);
      app.quit();
      return null;
    });
    const services = await started;
    if (!services) return;
    app.on('will-quit', () => void services.close());
    registerIpc(services, () => mainWindow);
    mainWindow = createMainWindow(opened.store);
    presence.attach(mainWindow);
    mainWindow.on('closed', () => (mainWindow = null));
  });
}
