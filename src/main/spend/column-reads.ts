import type { DailySpend } from '../../shared/spend/forecast';

/**
 * Posts each column's requests returned, per UTC day, for its header's "cost today" and 7-day
 * average. An estimate: a post two columns read is billed once (to whichever read it first) but
 * counted here for both. Pure: each function returns a new record.
 */
/** Day → column → posts read. */
export type ColumnReads = Record<string, Record<string, number>>;

/** Today and the seven days the average is taken over. */
const DAYS_KEPT = 8;

export function addColumnReads(
  reads: ColumnReads,
  day: string,
  columnIds: readonly string[],
  count: number,
): ColumnReads {
  const today = { ...reads[day] };
  for (const id of columnIds) today[id] = (today[id] ?? 0) + count;
  const days = Object.keys({ ...reads, [day]: today })
    .sort()
    .slice(-DAYS_KEPT);
  return Object.fromEntries(days.map((d) => [d, d === day ? today : reads[d]!]));
}

export const columnReadsOn = (reads: ColumnReads, day: string, columnId: string): number =>
  reads[day]?.[columnId] ?? 0;

/** One column's daily spend records, at `price` a post. */
export function columnDailySpend(
  reads: ColumnReads,
  columnId: string,
  price: number,
): DailySpend[] {
  return Object.entries(reads).map(([day, columns]) => ({
    day,
    dollars: (columns[columnId] ?? 0) * price,
  }));
}
