/**
 * The owner's minutes on a conversation: which conversation was open on screen (the renderer
 * says, main keeps it as segments on the monotonic clock), and the stretches the time box counted
 * as the owner really using Timedeck. A conversation gets the part of each counted stretch during
 * which it was the one open; nothing else counts, so the minutes never exceed the time counted,
 * nor the time that passed. Pure: time comes in as numbers.
 */

/** From `from` (monotonic ms) on, `key` was open (null: none), until the next segment's `from`. */
export interface AttentionSegment {
  key: string | null;
  from: number;
}

/** What was open since the last counted stretch: segments in order, the last one still going. */
export interface AttentionState {
  segments: readonly AttentionSegment[];
}

export const NO_ATTENTION: AttentionState = { segments: [] };

/** A conversation (or none) is open from `at` on. Out-of-order times are taken as `at` = last. */
export function openConversation(
  state: AttentionState,
  key: string | null,
  at: number,
): AttentionState {
  const last = state.segments[state.segments.length - 1];
  if (last && last.key === key) return state;
  const from = last ? Math.max(last.from, at) : at;
  // A segment that lasted no time is replaced rather than kept.
  const kept = last && last.from === from ? state.segments.slice(0, -1) : state.segments;
  return { segments: [...kept, { key, from }] };
}

export interface Spent {
  key: string;
  ms: number;
}

/**
 * The time box counted [from, to): each conversation open in it gets its overlap. Segments that
 * ended before `to` are dropped (the time box never counts the same stretch twice), the one still
 * going is kept.
 */
export function attributeStretch(
  state: AttentionState,
  stretch: { from: number; to: number },
): { state: AttentionState; spent: Spent[] } {
  const { segments } = state;
  const spentBy = new Map<string, number>();
  if (stretch.to > stretch.from) {
    segments.forEach((s, i) => {
      if (s.key === null) return;
      const end = segments[i + 1]?.from ?? Number.POSITIVE_INFINITY;
      const ms = Math.min(end, stretch.to) - Math.max(s.from, stretch.from);
      if (ms > 0) spentBy.set(s.key, (spentBy.get(s.key) ?? 0) + ms);
    });
  }
  const keepFrom = segments.findLastIndex((s) => s.from <= Math.max(stretch.to, stretch.from));
  const kept = keepFrom > 0 ? segments.slice(keepFrom) : segments;
  return {
    state: kept === segments ? state : { segments: kept },
    spent: [...spentBy].map(([key, ms]) => ({ key, ms })),
  };
}
