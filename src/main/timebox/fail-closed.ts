import type { BudgetStatus, TimeboxStatus } from '../../shared/timebox/status';

/**
 * The time box as it stands once main has hit an error it cannot account for (an uncaught
 * exception, an unhandled rejection): every deck and the total locked, with no known opening,
 * until Timedeck restarts. Counting on regardless could leave a deck open while its meter is
 * broken; a lock is the side to fail on.
 */
const locked = <T extends BudgetStatus>(b: T): T => ({
  ...b,
  locked: true,
  lockReason: 'fault',
  opensAt: null,
  warning: 'none',
  showCountdown: false,
});

export function failClosedStatus(status: TimeboxStatus): TimeboxStatus {
  return { ...status, total: locked(status.total), decks: status.decks.map(locked) };
}

export const FAIL_CLOSED_MESSAGE =
  'Locked: Timedeck hit an error and stopped trusting its count of your time. Restart Timedeck to open your decks.';
