import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  NO_ATTENTION,
  attributeStretch,
  openConversation,
  type AttentionState,
} from '../../../../src/shared/inbox/attention';

const S = 1000;

/** Opens the keys at the times given, in order. */
const opened = (...steps: Array<[string | null, number]>): AttentionState =>
  steps.reduce((s, [key, at]) => openConversation(s, key, at), NO_ATTENTION);

describe('minutes on a conversation, from what was open and what the time box counted', () => {
  it('gives a counted stretch to the conversation open throughout it', () => {
    const { spent } = attributeStretch(opened(['a', 0]), { from: 10 * S, to: 11 * S });
    expect(spent).toEqual([{ key: 'a', ms: S }]);
  });

  it('splits a stretch where the open conversation changed, and gives none to "none"', () => {
    const s = opened(['a', 0], ['b', 10_400], [null, 10_700]);
    expect(attributeStretch(s, { from: 10 * S, to: 11 * S }).spent).toEqual([
      { key: 'a', ms: 400 },
      { key: 'b', ms: 300 },
    ]);
  });

  it('counts nothing before a conversation opened, and nothing in an uncounted gap', () => {
    let s = opened(['a', 5 * S]);
    let r = attributeStretch(s, { from: 0, to: 4 * S });
    expect(r.spent).toEqual([]);
    s = r.state;
    // The time box did not count 6–100 s (the owner away): only the stretches it counted add up.
    r = attributeStretch(s, { from: 5 * S, to: 6 * S });
    r = attributeStretch(r.state, { from: 100 * S, to: 101 * S });
    expect(r.spent).toEqual([{ key: 'a', ms: S }]);
  });

  it('forgets segments that ended before a counted stretch, keeps the one going', () => {
    const s = opened(['a', 0], ['b', 2 * S], ['c', 4 * S]);
    const r = attributeStretch(s, { from: 5 * S, to: 6 * S });
    expect(r.state.segments).toEqual([{ key: 'c', from: 4 * S }]);
  });

  it('ignores reopening the same conversation and empty or backward stretches', () => {
    const s = opened(['a', 0]);
    expect(openConversation(s, 'a', 5 * S)).toBe(s);
    expect(attributeStretch(s, { from: 5 * S, to: 5 * S }).spent).toEqual([]);
    expect(attributeStretch(s, { from: 6 * S, to: 5 * S }).spent).toEqual([]);
  });

  it('never goes back in time: a change reported with an earlier time counts from the last change', () => {
    const s = opened(['a', 10 * S], ['b', 5 * S]);
    // "a" lasted no time at all: "b" replaces it, from 10 s.
    expect(s.segments).toEqual([{ key: 'b', from: 10 * S }]);
    const later = opened(['a', 0], ['b', 10 * S], ['c', 5 * S]);
    expect(later.segments).toEqual([
      { key: 'a', from: 0 },
      { key: 'c', from: 10 * S },
    ]);
  });

  const steps = fc.array(
    fc.oneof(
      fc.record({
        kind: fc.constant('open' as const),
        key: fc.constantFrom('a', 'b', 'c', null),
        dt: fc.nat(3000),
      }),
      fc.record({ kind: fc.constant('count' as const), dt: fc.nat(3000), length: fc.nat(5000) }),
    ),
    { maxLength: 60 },
  );

  it('never gives more than the time counted, nor more than the time passed, and loses none of it', () => {
    fc.assert(
      fc.property(steps, (ss) => {
        let state = NO_ATTENTION;
        let now = 0;
        let counted = 0;
        let given = 0;
        // The reference: which key is open at each millisecond.
        const timeline: Array<{ key: string | null; from: number }> = [];
        const openAt = (t: number) => {
          let k: string | null = null;
          for (const seg of timeline) if (seg.from <= t) k = seg.key;
          return k;
        };
        let expected = 0;
        for (const step of ss) {
          now += step.dt;
          if (step.kind === 'open') {
            state = openConversation(state, step.key, now);
            timeline.push({ key: step.key, from: now });
          } else {
            // Stretches never overlap: each starts where time now is.
            const from = now;
            const to = now + step.length;
            now = to;
            const r = attributeStretch(state, { from, to });
            state = r.state;
            const ms = r.spent.reduce((n, x) => n + x.ms, 0);
            expect(ms).toBeLessThanOrEqual(to - from);
            counted += to - from;
            given += ms;
            // Coarse reference at 1 ms resolution over short stretches.
            for (let t = from; t < to; t++) if (openAt(t) !== null) expected++;
          }
        }
        expect(given).toBeLessThanOrEqual(counted);
        expect(given).toBeLessThanOrEqual(now);
        expect(given).toBe(expected);
      }),
      { numRuns: 60 },
    );
  });
});
