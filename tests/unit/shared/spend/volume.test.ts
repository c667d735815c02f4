import { describe, expect, it } from 'vitest';
import { DEFAULT_PRICES } from '../../../../src/shared/x/prices';
import { estimateVolume, volumeWords, windowDays } from '../../../../src/shared/spend/volume';

const DAY = 86_400_000;
const END = Date.parse('2026-06-20T10:00:00Z');
/** X's answer for granularity=day: seven days back from `END`, cut at UTC midnights. */
function weekOf(total: number) {
  const starts = [
    END - 7 * DAY,
    ...[6, 5, 4, 3, 2, 1, 0].map((d) => Date.parse('2026-06-20T00:00:00Z') - d * DAY),
  ];
  return starts.map((start, i) => ({
    start: new Date(start).toISOString(),
    end: new Date(starts[i + 1] ?? END).toISOString(),
    count: i === 0 ? total : 0,
  }));
}

describe('a search column’s volume and price', () => {
  it('reads each matched post once: $ a day = posts matched a day × the post-read price', () => {
    const e = estimateVolume({ total: 1240, buckets: weekOf(1240), maxPostsPerPoll: 300 }, 120_000);
    expect(windowDays(weekOf(1240))).toBeCloseTo(7);
    expect(e.perDay).toBeCloseTo(177.14, 1);
    expect(e.readsPerDay).toBeCloseTo(e.perDay);
    expect(e.dollarsPerDay).toBeCloseTo(177.14 * DEFAULT_PRICES.postRead, 3);
    expect(e.dollarsPerMonth).toBeCloseTo(e.dollarsPerDay * 30);
    expect(volumeWords(e)).toBe(
      "About 1,240 posts matched last week (≈ 177 a day). At this column's interval that is ≈ $0.89 a day, $27 a month.",
    );
  });

  it('does not depend on the interval while a poll can read all that came in since the last', () => {
    const counts = { total: 1240, buckets: weekOf(1240), maxPostsPerPoll: 300 };
    expect(estimateVolume(counts, 30_000).dollarsPerDay).toBeCloseTo(
      estimateVolume(counts, 3_600_000).dollarsPerDay,
    );
  });

  it('is capped by what the polls of a day can read for a very busy query', () => {
    // 70,000 a day; a poll an hour reads at most 300: 7,200 a day.
    const e = estimateVolume(
      { total: 490_000, buckets: weekOf(490_000), maxPostsPerPoll: 300 },
      3_600_000,
    );
    expect(e.readsPerDay).toBe(7200);
    expect(e.dollarsPerDay).toBeCloseTo(36);
    expect(volumeWords(e)).toMatch(/reads at most ≈ 7,200 a day/);
  });

  it('prices nothing for nothing matched', () => {
    const e = estimateVolume({ total: 0, buckets: weekOf(0), maxPostsPerPoll: 300 }, 120_000);
    expect(e.dollarsPerDay).toBe(0);
    expect(volumeWords(e)).toMatch(
      /^About 0 posts matched last week \(≈ 0 a day\).*\$0\.00 a day, \$0\.00 a month\.$/,
    );
  });
});
