/**
 * What main does when the window's page dies or hangs: reload it, with a notice, without ever
 * spinning. The time box lives in main and keeps counting meanwhile; the draft is in main's
 * store, so a reload loses nothing the user wrote. A page that keeps crashing is reloaded later
 * each time (1 s, 2 s, 4 s … at most a minute), counting the crashes of the last ten minutes.
 */
export type RendererTrouble =
  { kind: 'gone'; reason: string; exitCode?: number } | { kind: 'unresponsive' };

export type RecoveryAction =
  | { action: 'none' }
  /** A hung page is ended first; its 'gone' event then brings the reload. */
  | { action: 'end-hung-page' }
  | { action: 'reload'; afterMs: number; notice: string };

export const CRASH_MEMORY_MS = 10 * 60_000;
const MAX_DELAY_MS = 60_000;

export interface RecoveryState {
  /** When the page went away, recently (monotonic ms). */
  crashes: readonly number[];
}

export const NO_CRASHES: RecoveryState = { crashes: [] };

export function recover(
  state: RecoveryState,
  trouble: RendererTrouble,
  now: number,
): { state: RecoveryState; decision: RecoveryAction } {
  if (trouble.kind === 'unresponsive') return { state, decision: { action: 'end-hung-page' } };
  // The window closing (or the app quitting) ends its page cleanly: nothing to recover.
  if (trouble.reason === 'clean-exit') return { state, decision: { action: 'none' } };
  const crashes = [...state.crashes.filter((t) => now - t < CRASH_MEMORY_MS), now];
  const afterMs =
    crashes.length <= 1 ? 0 : Math.min(MAX_DELAY_MS, 1000 * 2 ** (crashes.length - 2));
  const why =
    trouble.reason === 'killed'
      ? 'stopped answering and was restarted'
      : trouble.reason === 'oom'
        ? 'ran out of memory'
        : `stopped (${trouble.reason})`;
  return {
    state: { crashes },
    decision: {
      action: 'reload',
      afterMs,
      notice: `Timedeck’s window ${why}, so it was reloaded. Your time box kept counting and your draft is kept.`,
    },
  };
}
