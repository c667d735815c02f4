/**
 * Summaries of repeated measurements. The bench machines are small and noisy, so every timed
 * metric reports a median (or a percentile) of several runs rather than one run or a mean.
 */

/**
 * The p-th percentile (0..100) of `values`, interpolating linearly between the two nearest
 * ranks (as numpy's default does), so that p50 of an even count is the mean of the middle two.
 * NaN for no values.
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  if (!(p >= 0 && p <= 100)) throw new RangeError(`a percentile is between 0 and 100, not ${p}`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const below = Math.floor(rank);
  const above = Math.ceil(rank);
  const low = sorted[below]!;
  const high = sorted[above]!;
  return low + (high - low) * (rank - below);
}

export const median = (values: readonly number[]): number => percentile(values, 50);

/** Rounds for reporting: enough digits to compare runs, not so many that noise looks like data. */
export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/**
 * Runs `once` `warmup` times unmeasured (JIT, caches), then `runs` times, and returns each
 * measured run's duration in ms. Prepare inputs before calling: the whole of `once` is timed.
 */
export async function timeRuns(
  once: () => void | Promise<void>,
  options: { warmup: number; runs: number; now?: () => number },
): Promise<number[]> {
  const now = options.now ?? (() => performance.now());
  for (let i = 0; i < options.warmup; i++) await once();
  const durations: number[] = [];
  for (let i = 0; i < options.runs; i++) {
    const start = now();
    await once();
    durations.push(now() - start);
  }
  return durations;
}
