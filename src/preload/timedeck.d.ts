import type { TimedeckApi } from '../shared/ipc/bridge';

declare global {
  interface Window {
    /** Built from src/shared/ipc/contract.ts by the preload (Electron) or the harness. */
    readonly timedeck: TimedeckApi;
  }
}

export {};
