/**
 * What `npm run bench` reports: the metrics (each a number, or null when it could not be
 * measured), their targets, and how each compares. Pure: run.ts measures, this judges and
 * formats.
 */

export const METRICS = [
  // merge.ts
  'merge_10k_ms',
  // scroll.ts
  'scroll_main_thread_p50_ms',
  'scroll_main_thread_p95_ms',
  'heap_mb',
  'scroll_frame_p95_ms',
  'scroll_dropped_frames_pct',
  'scroll_blank_pct',
  'scroll_dropped_frames_pct_cpu4x',
  'startup_to_first_post_ms',
  'rss_mb_after_8h',
  // bundle-size.ts
  'renderer_js_gzip_kb',
  'renderer_js_all_gzip_kb',
  'preload_js_kb',
  // polling-day.ts
  'requests_per_hour',
  'reads_per_new_post',
  'reads_per_new_post_per_token',
  'peer_reads_per_new_post',
  'reads_vs_peer_ratio',
  // ledger-day.ts
  'ledger_error_s_per_hour',
  // ledger-kill.ts
  'ledger_loss_on_kill_s',
  // The library (bench/archive.ts).
  'archive_insert_10k_cpu_ms',
  'archive_insert_10k_wall_ms',
  'archive_search_p95_cpu_ms',
  'archive_search_p95_wall_ms',
  'db_mb_per_100k_posts',
] as const;
export type Metric = (typeof METRICS)[number];

/** Every target is a ceiling; the metrics without one are reported only. */
export interface Target {
  max: number;
}

export const TARGETS: Partial<Record<Metric, Target>> = {
  merge_10k_ms: { max: 50 },
  scroll_main_thread_p95_ms: { max: 8 },
  scroll_frame_p95_ms: { max: 16.7 },
  scroll_dropped_frames_pct: { max: 1 },
  scroll_blank_pct: { max: 0.5 },
  renderer_js_gzip_kb: { max: 120 },
  preload_js_kb: { max: 10 },
  reads_per_new_post: { max: 1.02 },
  reads_vs_peer_ratio: { max: 0.5 },
  ledger_error_s_per_hour: { max: 1 },
  ledger_loss_on_kill_s: { max: 5 },
  archive_insert_10k_cpu_ms: { max: 250 },
  archive_search_p95_cpu_ms: { max: 20 },
  db_mb_per_100k_posts: { max: 120 },
};

export type Verdict = 'pass' | 'fail' | 'report only' | 'not measured';

export function verdict(value: number | null | undefined, target: Target | undefined): Verdict {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'not measured';
  if (!target) return 'report only';
  return value <= target.max ? 'pass' : 'fail';
}

export type Values = Record<Metric, number | null>;

/** Metrics a failed measurement leaves unset are null, so the file always has every key. */
export function completeValues(measured: Partial<Record<Metric, number>>): Values {
  return Object.fromEntries(METRICS.map((m) => [m, measured[m] ?? null])) as Values;
}

/** The printed table: one row per metric, in METRICS order, columns padded to fit. */
export function formatTable(values: Values, targets: Partial<Record<Metric, Target>> = TARGETS) {
  const rows = METRICS.map((m) => {
    const t = targets[m];
    return [
      m,
      values[m] === null ? '—' : String(values[m]),
      t ? `≤ ${t.max}` : '—',
      verdict(values[m], t),
    ];
  });
  const all = [['metric', 'value', 'target', 'result'], ...rows];
  const widths = all[0]!.map((_, c) => Math.max(...all.map((r) => r[c]!.length)));
  const line = (r: string[]) =>
    r
      .map((cell, c) => cell.padEnd(widths[c]!))
      .join('  ')
      .trimEnd();
  return [line(all[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** Whether every metric was measured: the bench exits non-zero otherwise. */
export const allMeasured = (values: Values): boolean =>
  METRICS.every((m) => verdict(values[m], undefined) !== 'not measured');
