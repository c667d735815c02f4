import { describe, expect, it } from 'vitest';
import { presentState, type PresenceState } from '../../../../src/main/platform/presence';
import { countingRuleOf, presenceCounts } from '../../../../src/main/timebox/presence-rule';

const at = (patch: Partial<PresenceState>): PresenceState => ({ ...presentState, ...patch });
const visibleRule = { idleThresholdSeconds: 60 };
const focusedRule = { idleThresholdSeconds: 60, countOnlyWhenFocused: true };

describe('presenceCounts', () => {
  it('counts a deck on screen while the user works elsewhere (not focused, active)', () => {
    expect(presenceCounts(at({ focused: false, idleSeconds: 5 }), visibleRule)).toBe(true);
    expect(
      presenceCounts(at({ focused: false }), { ...visibleRule, countOnlyWhenFocused: false }),
    ).toBe(true);
  });

  it('with "count only while focused", counts only while Timedeck has the focus', () => {
    expect(presenceCounts(at({ focused: false }), focusedRule)).toBe(false);
    expect(presenceCounts(at({ focused: true }), focusedRule)).toBe(true);
  });

  it.each([
    ['hidden or minimised', { visible: false }],
    ['idle for the threshold', { idleSeconds: 60 }],
    ['suspended', { suspended: true }],
    ['screen locked', { screenLocked: true }],
  ])('never counts while %s, under either rule', (_, patch) => {
    for (const focused of [true, false]) {
      expect(presenceCounts(at({ ...patch, focused }), visibleRule)).toBe(false);
      expect(presenceCounts(at({ ...patch, focused }), focusedRule)).toBe(false);
    }
  });

  it('names the rule in force', () => {
    expect(countingRuleOf({})).toBe('visible-and-active');
    expect(countingRuleOf({ countOnlyWhenFocused: true })).toBe('focused');
  });
});
