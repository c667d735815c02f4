import { contextBridge, ipcRenderer } from 'electron';
import type { Result } from '../shared/errors';
import { createBridge } from '../shared/ipc/bridge';
import { EVENT_CHANNEL } from '../shared/ipc/channel-names';

// The only thing the page gets: one method per contract channel. The raw ipcRenderer, and
// even the IpcRendererEvent of an event, never cross into the page's world.
const api = createBridge({
  invoke: (channel, payload) => ipcRenderer.invoke(channel, payload) as Promise<Result<unknown>>,
  listen(listener) {
    const handler = (
      _event: Electron.IpcRendererEvent,
      message: { event: string; payload: unknown },
    ) => listener(message.event, message.payload);
    ipcRenderer.on(EVENT_CHANNEL, handler);
    return () => void ipcRenderer.removeListener(EVENT_CHANNEL, handler);
  },
});

contextBridge.exposeInMainWorld('timedeck', api);
