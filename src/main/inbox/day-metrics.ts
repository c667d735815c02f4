import type { ConversationLife } from '../../shared/inbox/conversation-state';
import { periodCost, type CostRecords } from '../../shared/inbox/cost';
import { DEFAULT_PRICES, type PriceTable } from '../../shared/x/prices';
import { periodMetrics } from '../../shared/inbox/response-metrics';
import type { InboxMetrics, InboxPeriod } from '../../shared/inbox/schema';
import { addDays, budgetDayOf, dayStartAt, type BudgetDay } from '../timebox/budget-day';

export interface DayFrame {
  zone: string;
  resetHour: number;
}

/** The conversations' spend and attention records, and the price table to price them. */
export interface CostInput {
  records: CostRecords;
  prices: PriceTable;
}

const NO_RECORDS: CostInput = {
  records: { reads: [], writes: [], attention: [] },
  prices: DEFAULT_PRICES,
};

/**
 * Response metrics for the time box's budget days (the days the Time view and its CSV speak of),
 * the last `days` of them with today last, and the seven days up to now. Pure: now comes in.
 */
export function inboxDayMetrics(
  lives: readonly ConversationLife[],
  now: number,
  frame: DayFrame,
  days = 30,
  cost: CostInput = NO_RECORDS,
): InboxMetrics {
  const today = budgetDayOf(now, frame.zone, frame.resetHour);
  const startOf = (day: BudgetDay) => dayStartAt(day, frame.zone, frame.resetHour);
  const period = (first: BudgetDay, afterLast: BudgetDay): InboxPeriod => {
    const start = startOf(first);
    const end = startOf(afterLast);
    const metrics = periodMetrics(lives, start, end, now);
    return {
      day: first,
      ...metrics,
      start,
      end,
      cost: periodCost(cost.records, cost.prices, start, end, metrics.answered),
    };
  };
  const list: InboxPeriod[] = [];
  for (let i = days - 1; i >= 0; i--) {
    const day = addDays(today, -i);
    list.push(period(day, addDays(day, 1)));
  }
  return { days: list, week: period(addDays(today, -6), addDays(today, 1)) };
}

const minutesOrBlank = (ms: number | null) => (ms === null ? '' : Math.round(ms / 60_000));
/** Minutes to a tenth: a conversation's few minutes would round away. */
const tenthsOfMinutes = (ms: number) => Math.round(ms / 6_000) / 10;
const blankOr = <T>(v: T | null | undefined, f: (v: T) => string | number) =>
  v === null || v === undefined ? '' : f(v);

/** The Time report CSV's inbox columns, one set per budget day. */
export function inboxCsvColumns(metrics: InboxMetrics) {
  const byDay = new Map(metrics.days.map((d) => [d.day, d]));
  return {
    header: [
      'conversations_opened',
      'conversations_answered',
      'conversations_done',
      'median_first_response_minutes',
      'oldest_open_wait_minutes',
      // What conversations cost that day, and that total over the conversations answered (mean).
      'conversation_posts_read',
      'conversation_dollars',
      'conversation_minutes',
      'dollars_per_conversation_answered',
      'minutes_per_conversation_answered',
    ],
    ofDay(day: string): Array<string | number> {
      const d = byDay.get(day);
      if (!d) return ['', '', '', '', '', '', '', '', '', ''];
      const { total, perAnswered } = d.cost;
      return [
        d.opened,
        d.answered,
        d.done,
        minutesOrBlank(d.medianFirstResponseMs),
        minutesOrBlank(d.oldestOpenWaitMs),
        total.postsRead,
        total.dollars.toFixed(3),
        tenthsOfMinutes(total.attentionMs),
        blankOr(perAnswered, (p) => p.dollars.toFixed(3)),
        blankOr(perAnswered, (p) => tenthsOfMinutes(p.attentionMs)),
      ];
    },
  };
}
