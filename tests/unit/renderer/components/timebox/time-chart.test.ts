import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DayTable } from '../../../../../src/renderer/src/components/timebox/DayTable';
import { TimeChart } from '../../../../../src/renderer/src/components/timebox/TimeChart';
import { reportDay } from '../../fixtures';

const day = reportDay;

const days = [
  day('2026-11-21', 12),
  day('2026-11-22', 0),
  day('2026-11-23', 35, {
    postsSent: 2,
    repliesSent: 5,
    postsRead: 140,
    dollars: 0.7,
    overrideMinutes: 5,
  }),
];

describe('the Time view’s chart and table', () => {
  it('is one image for screen readers, summarised, and pointing at the table', () => {
    const html = renderToStaticMarkup(createElement(TimeChart, { days, tableId: 'days' }));
    expect(html).toContain('role="img"');
    expect(html).toContain('aria-describedby="days"');
    expect(html).toMatch(/aria-label="[^"]*used on 2 days, over the budget on 1/);
    // Each bar tells its numbers on hover.
    expect(html).toContain('<title>2026-11-23: 35 of 30 min</title>');
    expect(html).toContain('class="chart-budget"');
  });

  it('lists every day newest first, time beside what it brought', () => {
    const html = renderToStaticMarkup(createElement(DayTable, { days, id: 'days' }));
    expect(html).toContain('id="days"');
    const order = [...html.matchAll(/<th scope="row">([\d-]+)<\/th>/g)].map((m) => m[1]);
    expect(order).toEqual(['2026-11-23', '2026-11-22', '2026-11-21']);
    const newest = html.slice(html.indexOf('2026-11-23'), html.indexOf('2026-11-22'));
    for (const cell of ['35 min', '30 min', '>2<', '>5<', '>140<', '$0.70', '5 min']) {
      expect(newest).toContain(cell);
    }
  });
});
