import { describe, expect, it } from 'vitest';
import {
  METRICS,
  TARGETS,
  allMeasured,
  completeValues,
  formatTable,
  verdict,
} from '../../../bench/results';

describe('verdict', () => {
  it.each([
    [5, { max: 8 }, 'pass'],
    [8, { max: 8 }, 'pass'],
    [8.01, { max: 8 }, 'fail'],
    [0, { max: 1 }, 'pass'],
    [123, undefined, 'report only'],
    [null, { max: 8 }, 'not measured'],
    [undefined, undefined, 'not measured'],
    [NaN, { max: 8 }, 'not measured'],
    [Infinity, undefined, 'not measured'],
  ] as const)('%s against %j is %s', (value, target, expected) => {
    expect(verdict(value, target)).toBe(expected);
  });
});

describe('the targets of the brief', () => {
  it.each([
    ['merge_10k_ms', 50],
    ['scroll_main_thread_p95_ms', 8],
    ['reads_per_new_post', 1.02],
    ['renderer_js_gzip_kb', 120],
    ['preload_js_kb', 10],
    ['ledger_error_s_per_hour', 1],
    ['ledger_loss_on_kill_s', 5],
    ['archive_insert_10k_cpu_ms', 250],
    ['archive_search_p95_cpu_ms', 20],
    ['db_mb_per_100k_posts', 120],
    ['scroll_frame_p95_ms', 16.7],
    ['scroll_dropped_frames_pct', 1],
    ['scroll_blank_pct', 0.5],
    ['reads_vs_peer_ratio', 0.5],
  ] as const)('%s must be at most %d', (metric, max) => {
    expect(TARGETS[metric]).toEqual({ max });
  });

  it('leaves the other metrics without a target', () => {
    expect(Object.keys(TARGETS).sort()).toEqual(
      [
        'merge_10k_ms',
        'reads_per_new_post',
        'renderer_js_gzip_kb',
        'preload_js_kb',
        'scroll_main_thread_p95_ms',
        'ledger_error_s_per_hour',
        'ledger_loss_on_kill_s',
        'archive_insert_10k_cpu_ms',
        'archive_search_p95_cpu_ms',
        'db_mb_per_100k_posts',
        'scroll_frame_p95_ms',
        'scroll_dropped_frames_pct',
        'scroll_blank_pct',
        'reads_vs_peer_ratio',
      ].sort(),
    );
  });
});

describe('completeValues', () => {
  it('gives every metric a key, null where nothing was measured', () => {
    const values = completeValues({ merge_10k_ms: 12.5, heap_mb: 0 });
    expect(Object.keys(values)).toEqual([...METRICS]);
    expect(values.merge_10k_ms).toBe(12.5);
    expect(values.heap_mb).toBe(0);
    expect(values.scroll_main_thread_p95_ms).toBeNull();
  });
});

describe('allMeasured', () => {
  const every = Object.fromEntries(METRICS.map((m) => [m, 1]));
  it('is true only when every metric has a number', () => {
    expect(allMeasured(completeValues(every))).toBe(true);
    expect(allMeasured(completeValues({ ...every, heap_mb: undefined }))).toBe(false);
  });
});

describe('formatTable', () => {
  const table = formatTable(
    completeValues({ scroll_main_thread_p95_ms: 12.3, reads_per_new_post: 1.01, merge_10k_ms: 40 }),
  );
  const rows = table.split('\n');

  it('has a header, a rule and one row per metric, in order', () => {
    expect(rows).toHaveLength(2 + METRICS.length);
    expect(rows[0]).toMatch(/^metric\s+value\s+target\s+result$/);
    expect(rows.slice(2).map((r) => r.split(/\s+/)[0])).toEqual([...METRICS]);
  });

  it.each([
    ['scroll_main_thread_p95_ms', '12.3', '≤ 8', 'fail'],
    ['reads_per_new_post', '1.01', '≤ 1.02', 'pass'],
    ['merge_10k_ms', '40', '≤ 50', 'pass'],
    ['requests_per_hour', '—', '—', 'not measured'],
    ['heap_mb', '—', '—', 'not measured'],
  ])('shows %s as value %s, target %s: %s', (metric, value, target, result) => {
    const row = rows.find((r) => r.startsWith(`${metric} `))!;
    expect(row.split(/\s{2,}/)).toEqual([metric, value, target, result]);
  });

  it('lines the columns up: every value starts under the header "value"', () => {
    const valueColumn = rows[0]!.indexOf('value');
    for (const row of rows.slice(2)) {
      expect(row[valueColumn - 1]).toBe(' ');
      expect(row[valueColumn]).not.toBe(' ');
    }
  });
});
