import type { TimeboxSettings } from '../../shared/timebox/settings';
import type { PresenceState } from '../platform/presence';

/**
 * Whether the user is spending time on the deck right now. By default: a deck is on screen (the
 * window visible, not minimised) and the user is active on the computer (system idle under the
 * threshold), focused on Timedeck or not — columns on a second screen while the user works
 * elsewhere are exactly how a deck eats a day. With "Count only while Timedeck is focused" the
 * window must also have the focus. Never while suspended or the screen is locked.
 */
export function presenceCounts(
  presence: PresenceState,
  settings: Pick<TimeboxSettings, 'idleThresholdSeconds' | 'countOnlyWhenFocused'>,
): boolean {
  return (
    presence.visible &&
    (presence.focused || settings.countOnlyWhenFocused !== true) &&
    !presence.suspended &&
    !presence.screenLocked &&
    presence.idleSeconds < settings.idleThresholdSeconds
  );
}

/** Which rule is in force, for the Time view to say. */
export type CountingRule = 'visible-and-active' | 'focused';

export const countingRuleOf = (
  settings: Pick<TimeboxSettings, 'countOnlyWhenFocused'>,
): CountingRule => (settings.countOnlyWhenFocused === true ? 'focused' : 'visible-and-active');
