import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, screen } from 'electron';
import { safeExternalUrl } from '../../shared/links';
import type { PersistedState, WindowState } from '../store/schema';
import type { StateStore } from '../store/state-store';
import { openExternal } from './test-hooks';

const rendererIndex = path.join(import.meta.dirname, '../renderer/index.html');
const devServerUrl = process.env.ELECTRON_RENDERER_URL;

/** Is this frame URL Timedeck's own page? Parsed, never string-matched. */
export function isOwnPage(url: URL): boolean {
  if (devServerUrl) return url.origin === new URL(devServerUrl).origin;
  return url.protocol === 'file:' && url.pathname === pathToFileURL(rendererIndex).pathname;
}

const DEFAULT_BOUNDS: WindowState = { width: 1400, height: 900, maximized: false };

/** Keeps a remembered window on a screen that still exists (a monitor may have gone). */
function visibleBounds(saved: WindowState | null): WindowState {
  if (!saved || saved.x === undefined || saved.y === undefined) return saved ?? DEFAULT_BOUNDS;
  const { x, y, width, height } = saved;
  const onScreen = screen
    .getAllDisplays()
    .some(
      ({ workArea: a }) =>
        x < a.x + a.width && x + width > a.x && y < a.y + a.height && y + height > a.y,
    );
  return onScreen ? saved : { width, height, maximized: saved.maximized };
}

export function createMainWindow(store: StateStore<PersistedState>): BrowserWindow {
  const bounds = visibleBounds(store.get('window'));
  const win = new BrowserWindow({
    ...bounds,
    minWidth: 480,
    minHeight: 360,
    show: false,
    title: 'Timedeck',
    backgroundColor: '#15171c',
    webPreferences: {
      preload: path.join(import.meta.dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
    },
  });
  if (bounds.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());

  // Links never navigate the app's window and never open a new one: http(s) goes to the
  // system browser, anything else is dropped.
  win.webContents.setWindowOpenHandler(({ url }) => {
    const safe = safeExternalUrl(url);
    if (safe) void openExternal(safe);
    return { action: 'deny' };
  });
  win.webContents.on('will-navigate', (event) => event.preventDefault());
  win.webContents.on('will-redirect', (event) => event.preventDefault());

  const saveNow = () => {
    if (win.isDestroyed()) return;
    const { x, y, width, height } = win.getNormalBounds();
    store.set('window', { x, y, width, height, maximized: win.isMaximized() });
  };
  // Moving and resizing fire many events: keep the last bounds, half a second after they settle.
  let saveTimer: NodeJS.Timeout | undefined;
  const saveSoon = () => {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(saveNow, 500);
  };
  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const)
    win.on(event as 'resize', saveSoon);
  win.on('close', () => {
    clearTimeout(saveTimer);
    saveNow();
  });

  if (devServerUrl) void win.loadURL(devServerUrl);
  else void win.loadFile(rendererIndex);
  return win;
}
