import type { SpendStore } from '../library/spend';
import type { CostTracker } from '../x/trackers';

/**
 * Keeps the spend records per post beside the ledger's counts: each post a read newly billed
 * (once a UTC day for the app, with the account that paid and whether it was an owned read), and
 * each post an account created with the write billed for it. The inbox's cost per conversation
 * joins them to its posts, so its figures are the spend meter's own, by id.
 */
export function keepPostSpend(costs: CostTracker, spend: SpendStore): () => void {
  return costs.onBilled((e) => {
    if (e.kind === 'read') {
      const postIds = e.read.resources.filter((r) => r.type === 'post').map((r) => r.id);
      if (postIds.length > 0)
        spend.addPostReads({
          accountId: e.read.accountId,
          at: e.read.at,
          owned: e.read.owned,
          postIds,
        });
    } else if (e.write.postId) {
      spend.addPostWrite({
        accountId: e.write.accountId,
        at: e.write.at,
        kind: e.write.write,
        postId: e.write.postId,
      });
    }
  });
}
