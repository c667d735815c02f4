import type { PriceTable, WriteKind } from '../x/prices';

/**
 * Cost per conversation, from the spend records per post (what X billed: each post read once a
 * UTC day for the app, at the post-read or owned-read price; each post created at its write
 * price) and the owner's attention. Prices come from the one price table, applied when totals
 * are asked for, as the spend meter does. Pure: records and prices come in.
 */

/** A post of a conversation that X billed (once on its UTC day), and at which price class. */
export interface ConversationRead {
  key: string;
  at: number;
  owned: boolean;
}

/** A post an account created in a conversation (a reply sent from Timedeck), and its write. */
export interface ConversationWrite {
  key: string;
  at: number;
  kind: WriteKind;
}

/** Time the conversation was open while the time box counted, in a slot starting at `at`. */
export interface ConversationAttention {
  key: string;
  at: number;
  ms: number;
}

export interface CostRecords {
  reads: readonly ConversationRead[];
  writes: readonly ConversationWrite[];
  attention: readonly ConversationAttention[];
}

export interface ConversationCost {
  postsRead: number;
  dollars: number;
  attentionMs: number;
}

export const NO_COST: ConversationCost = { postsRead: 0, dollars: 0, attentionMs: 0 };

/** Dollars to the micro-dollar, as the spend ledger rounds them. */
export const roundDollars = (x: number) => Math.round(x * 1e6) / 1e6;

export const readPrice = (owned: boolean, prices: PriceTable) =>
  owned ? prices.ownedRead : prices.postRead;

const inRange = (at: number, range?: { start: number; end: number }) =>
  !range || (at >= range.start && at < range.end);

/**
 * Each conversation's cost, over all time or within [start, end): posts read, dollars (reads at
 * their price plus the writes), minutes on screen. Conversations with no record are absent.
 */
export function costsByConversation(
  records: CostRecords,
  prices: PriceTable,
  range?: { start: number; end: number },
): Map<string, ConversationCost> {
  const out = new Map<string, ConversationCost>();
  const of = (key: string) => {
    let c = out.get(key);
    if (!c) out.set(key, (c = { ...NO_COST }));
    return c;
  };
  for (const r of records.reads) {
    if (!inRange(r.at, range)) continue;
    const c = of(r.key);
    c.postsRead += 1;
    c.dollars += readPrice(r.owned, prices);
  }
  for (const w of records.writes) {
    if (!inRange(w.at, range)) continue;
    of(w.key).dollars += prices[w.kind] ?? 0;
  }
  for (const a of records.attention) {
    if (!inRange(a.at, range)) continue;
    of(a.key).attentionMs += Math.max(0, a.ms);
  }
  for (const c of out.values()) c.dollars = roundDollars(c.dollars);
  return out;
}

export function sumCosts(costs: Iterable<ConversationCost>): ConversationCost {
  const total = { ...NO_COST };
  for (const c of costs) {
    total.postsRead += c.postsRead;
    total.dollars += c.dollars;
    total.attentionMs += c.attentionMs;
  }
  return { ...total, dollars: roundDollars(total.dollars) };
}

/**
 * A period's support cost: everything spent on conversations within it (reads, writes, minutes),
 * and that total per conversation answered in it — the mean cost of an answer, unanswered
 * conversations' cost included (it is what answering took). Null per answer when none was.
 */
export interface PeriodCost {
  total: ConversationCost;
  perAnswered: ConversationCost | null;
}

export function periodCost(
  records: CostRecords,
  prices: PriceTable,
  start: number,
  end: number,
  answered: number,
): PeriodCost {
  const total = sumCosts(costsByConversation(records, prices, { start, end }).values());
  return {
    total,
    perAnswered:
      answered > 0
        ? {
            postsRead: total.postsRead / answered,
            dollars: roundDollars(total.dollars / answered),
            attentionMs: total.attentionMs / answered,
          }
        : null,
  };
}
