import { useEffect } from 'react';
import type { InboxPeriod } from '../../../../shared/inbox/schema';
import { minutesWords } from '../../lib/timebox-words';
import { attentionWords, dollarWords, waitWords } from '../../lib/inbox-view';
import { useStore } from '../../store';

const DAYS_SHOWN = 7;

const responseWords = (ms: number | null) => (ms === null ? '—' : waitWords(ms));

type Cost = InboxPeriod['cost']['total'];
const spentWords = (c: Cost) => `${dollarWords(c.dollars)} · ${attentionWords(c.attentionMs)}`;
const perAnsweredWords = (c: Cost | null) => (c === null ? '—' : spentWords(c));

/**
 * The inbox beside time used, in the Time view: "Today: 42 min on X, 9 conversations answered,
 * median first response 38 min", then the last seven days and the week together.
 */
export function InboxMetricsSection() {
  const metrics = useStore((s) => s.inboxMetrics);
  const load = useStore((s) => s.loadInboxMetrics);
  const usedSeconds = useStore((s) => s.timebox?.status.total.usedSeconds ?? 0);
  const usedMinutes = Math.floor(usedSeconds / 60);
  const inboxChangedAt = useStore((s) => s.inbox);
  useEffect(() => void load(), [load, usedMinutes, inboxChangedAt]);
  if (!metrics) return null;
  const today = metrics.days[metrics.days.length - 1];
  if (!today) return null;
  const recent = metrics.days.slice(-DAYS_SHOWN).reverse();
  return (
    <section className="time-section" aria-labelledby="time-inbox-heading">
      <h3 id="time-inbox-heading">Support inbox</h3>
      <p className="inbox-today">
        Today: {minutesWords(usedSeconds)} on X, {today.answered} conversation
        {today.answered === 1 ? '' : 's'} answered, median first response{' '}
        {responseWords(today.medianFirstResponseMs)}
      </p>
      <p className="inbox-today-cost">
        Conversations cost today: {today.cost.total.postsRead} post
        {today.cost.total.postsRead === 1 ? '' : 's'} read, {dollarWords(today.cost.total.dollars)},{' '}
        {attentionWords(today.cost.total.attentionMs)} on screen; per conversation answered (mean):{' '}
        {perAnsweredWords(today.cost.perAnswered)}
      </p>
      <table className="time-table">
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Opened</th>
            <th scope="col">Answered</th>
            <th scope="col">Done</th>
            <th scope="col">Median first response</th>
            <th scope="col">Oldest open</th>
            <th scope="col">Cost of conversations</th>
            <th scope="col">Per answered (mean)</th>
          </tr>
        </thead>
        <tbody>
          {recent.map((d) => (
            <Row key={d.day} label={d.day} period={d} />
          ))}
          <Row label="Last 7 days" period={metrics.week} />
        </tbody>
      </table>
    </section>
  );
}

function Row({ label, period: p }: { label: string; period: InboxPeriod }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{p.opened}</td>
      <td>{p.answered}</td>
      <td>{p.done}</td>
      <td>{responseWords(p.medianFirstResponseMs)}</td>
      <td>{responseWords(p.oldestOpenWaitMs)}</td>
      <td>{spentWords(p.cost.total)}</td>
      <td>{perAnsweredWords(p.cost.perAnswered)}</td>
    </tr>
  );
}
