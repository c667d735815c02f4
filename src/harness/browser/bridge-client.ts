import type { Result } from '../../shared/errors';
import { createBridge, type ClientTransport } from '../../shared/ipc/bridge';

/**
 * The harness's stand-in for the preload: window.timedeck over a WebSocket to the same
 * main-process services. Loaded as a classic script before the app's module script runs.
 */
type ServerMessage =
  | { type: 'result'; id: number; result: Result<unknown> }
  | { type: 'event'; event: string; payload: unknown }
  | { type: 'error'; error: { message: string } };

const token = location.pathname.split('/')[1] ?? '';
const socket = new WebSocket(`ws://${location.host}/${token}/ws`);
const pending = new Map<number, (result: Result<unknown>) => void>();
const eventListeners = new Set<(event: string, payload: unknown) => void>();
const opened = new Promise<void>((resolve, reject) => {
  socket.addEventListener('open', () => resolve());
  socket.addEventListener('error', () => reject(new Error('connection to the harness failed')));
});
let nextId = 1;

socket.addEventListener('message', (message) => {
  const data = JSON.parse(String(message.data)) as ServerMessage;
  if (data.type === 'result') {
    pending.get(data.id)?.(data.result);
    pending.delete(data.id);
  } else if (data.type === 'error') {
    // A message of ours the harness could not read at all (no call to answer).
    console.warn(`the harness refused a message: ${data.error.message}`);
  } else {
    eventListeners.forEach((l) => l(data.event, data.payload));
  }
});
socket.addEventListener('close', () => {
  const closed: Result<unknown> = {
    ok: false,
    error: { kind: 'internal', message: 'Timedeck lost its connection to the harness' },
  };
  pending.forEach((resolve) => resolve(closed));
  pending.clear();
});

const transport: ClientTransport = {
  async invoke(channel, payload) {
    await opened;
    const id = nextId++;
    return new Promise((resolve) => {
      pending.set(id, resolve);
      socket.send(JSON.stringify({ id, channel, payload }));
    });
  },
  listen(listener) {
    eventListeners.add(listener);
    return () => void eventListeners.delete(listener);
  },
};

// The harness has no window of its own: the page tells it whether the user is looking at it,
// which is what the time box counts (with --fake-clock the test controls decide instead).
const reportPresence = () => {
  void opened.then(() =>
    socket.send(
      JSON.stringify({
        type: 'presence',
        focused: document.hasFocus(),
        visible: document.visibilityState === 'visible',
      }),
    ),
  );
};
window.addEventListener('focus', reportPresence);
window.addEventListener('blur', reportPresence);
document.addEventListener('visibilitychange', reportPresence);
reportPresence();

Object.defineProperty(window, 'timedeck', {
  value: Object.freeze(createBridge(transport)),
  writable: false,
});
