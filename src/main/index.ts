import { randomBytes, randomUUID } from 'node:crypto';
import { app, BrowserWindow, dialog, Notification, session, type WebContents } from 'electron';
import { registerIpc } from './electron/ipc';
import { openElectronStore } from './electron/store';
import { electronPresence } from './electron/presence';
import { electronVault } from './electron/vault';
import { keepRendererAlive } from './electron/recovery';
import { hardenSession } from './electron/security';
import { createMainWindow, isOwnPage } from './electron/window';
import { exposeForTests, openExternal } from './electron/test-hooks';
import { contentSecurityPolicy } from '../shared/security/csp';
import { systemClock } from '../shared/time/clock';
import { installFatalErrorPolicy } from './platform/fatal-errors';
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
  const log = consoleLogger('main');
  // An error nothing caught is logged and locks the time box (once it exists) rather than
  // leaving it counting blind; one before then is remembered and applied when it starts.
  let failClosed: (reason: string) => void = (reason) => (earlyFault ??= reason);
  let earlyFault: string | undefined;
  installFatalErrorPolicy(process, { log, failClosed: (reason) => failClosed(reason) });

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
    const opened = openElectronStore();
    // The idle threshold the time box applies (a raised one waits for the reset); until it
    // runs, the one stored.
    let idleThreshold = () => opened.store.get('timebox')?.active.idleThresholdSeconds;
    const presence = electronPresence({ idleThresholdSeconds: () => idleThreshold(), log });
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
      onLaterStoreNotice: opened.onLaterNotice,
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
    failClosed = services.failClosed;
    idleThreshold = services.idleThresholdSeconds;
    if (earlyFault !== undefined) services.failClosed(earlyFault);
    // No permission is granted or checked true; the CSP header knows the simulator's port.
    hardenSession(
      session.defaultSession,
      contentSecurityPolicy({ simulatorOrigin: services.simulator?.url ?? null }),
    );
    app.on('will-quit', () => void services.close());
    registerIpc(services, () => mainWindow);
    mainWindow = createMainWindow(opened.store);
    // A crashed or hung page is reloaded; the time box in main counts on meanwhile.
    keepRendererAlive(mainWindow, { log, notice: services.notify, now: () => performance.now() });
    presence.attach(mainWindow);
    mainWindow.on('closed', () => (mainWindow = null));
  });
}
