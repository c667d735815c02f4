import type { ConversationLife } from '../../shared/inbox/conversation-state';
import { periodMetrics } from '../../shared/inbox/response-metrics';
import type { InboxMetrics, InboxPeriod } from '../../shared/inbox/schema';
import { addDays, budgetDayOf, dayStartAt, type BudgetDay } from '../timebox/budget-day';

export interface DayFrame {
  zone: string;
  resetHour: number;
}

/**
 * Response metrics for the time box's budget days (the days the Time view and its CSV speak of),
 * the last `days` of them with today last, and the seven days up to now. Pure: now comes in.
 */
export function inboxDayMetrics(
  lives: readonly ConversationLife[],
  now: number,
  frame: DayFrame,
  days = 30,
): InboxMetrics {
  const today = budgetDayOf(now, frame.zone, frame.resetHour);
  const startOf = (day: BudgetDay) => dayStartAt(day, frame.zone, frame.resetHour);
  const period = (first: BudgetDay, afterLast: BudgetDay): InboxPeriod => {
    const start = startOf(first);
    const end = startOf(afterLast);
    return { day: first, ...periodMetrics(lives, start, end, now), start, end };
  };
  const list: InboxPeriod[] = [];
  for (let i = days - 1; i >= 0; i--) {
    const day = addDays(today, -i);
    list.push(period(day, addDays(day, 1)));
  }
  return { days: list, week: period(addDays(today, -6), addDays(today, 1)) };
}

const minutesOrBlank = (ms: number | null) => (ms === null ? '' : Math.round(ms / 60_000));

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
    ],
    ofDay(day: string): Array<string | number> {
      const d = byDay.get(day);
      if (!d) return ['', '', '', '', ''];
      return [
        d.opened,
        d.answered,
        d.done,
        minutesOrBlank(d.medianFirstResponseMs),
        minutesOrBlank(d.oldestOpenWaitMs),
      ];
    },
  };
}
