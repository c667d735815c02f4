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
