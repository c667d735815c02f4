/**
 * Where every post a developer app was billed for went, so that the parts add up to the bill
 * exactly: each (UTC day, post) X billed is counted once, in the first of these that fits.
 * Pure: the bill and what the columns received in, counts out.
 */
export interface ReadsBreakdown {
  /** Every post billed, each once per UTC day: what X charges the app. */
  billed: number;
  /** A post's first billing, the post reached a column as a new post. */
  newPostsShown: number;
  /** A post's first billing, the post came only as what a shown post quotes, replies to or reposts. */
  referencedOnly: number;
  /** A post's first billing, the post reached no column (a filter hid it, or it was never used). */
  neverShown: number;
  /** A post billed again on a later UTC day (X bills once per app and day): re-reading. */
  billedAgainOnALaterDay: number;
}

/** One developer app's bill for one UTC day: the posts X charged it for that day. */
export interface BilledDay {
  clientId: string;
  day: string;
  posts: readonly string[];
}

/**
 * The bills of several runs of the simulator as X would have billed them, had it been one X all
 * along: each (app, UTC day) once, its posts each once. The app quits and starts again, and
 * demo mode's X with it, but X bills per app and UTC day whoever asks: a post read on one day
 * before a restart and again after it is billed once.
 */
export function mergeBills(bills: ReadonlyArray<readonly BilledDay[]>): BilledDay[] {
  const days = new Map<string, { clientId: string; day: string; posts: Set<string> }>();
  for (const bill of bills) {
    for (const { clientId, day, posts } of bill) {
      const key = JSON.stringify([clientId, day]);
      let row = days.get(key);
      if (!row) days.set(key, (row = { clientId, day, posts: new Set() }));
      for (const id of posts) row.posts.add(id);
    }
  }
  return [...days.values()].map((r) => ({ clientId: r.clientId, day: r.day, posts: [...r.posts] }));
}

export function readsBreakdown(
  bill: ReadonlyArray<{ day: string; posts: readonly string[] }>,
  shown: ReadonlySet<string>,
  referenced: ReadonlySet<string>,
): ReadsBreakdown & { shownNeverBilled: number } {
  const out: ReadsBreakdown = {
    billed: 0,
    newPostsShown: 0,
    referencedOnly: 0,
    neverShown: 0,
    billedAgainOnALaterDay: 0,
  };
  const seen = new Set<string>();
  for (const { posts } of [...bill].sort((a, b) => a.day.localeCompare(b.day))) {
    for (const id of posts) {
      out.billed++;
      if (seen.has(id)) out.billedAgainOnALaterDay++;
      else if (shown.has(id)) out.newPostsShown++;
      else if (referenced.has(id)) out.referencedOnly++;
      else out.neverShown++;
      seen.add(id);
    }
  }
  // Posts a column showed that no bill has: kept from before, or billed to no app (not expected).
  const shownNeverBilled = [...shown].filter((id) => !seen.has(id)).length;
  return { ...out, shownNeverBilled };
}
