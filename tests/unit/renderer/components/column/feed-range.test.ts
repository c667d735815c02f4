import { defaultRangeExtractor } from '@tanstack/react-virtual';
import { describe, expect, it } from 'vitest';
import {
  FEED_ROW_GROUP,
  feedRowRange,
} from '../../../../../src/renderer/src/components/column/feed-range';

const range = (startIndex: number, endIndex: number, overscan: number, count: number) => ({
  startIndex,
  endIndex,
  overscan,
  count,
});

describe('feedRowRange', () => {
  it('renders nothing for an empty feed', () => {
    expect(feedRowRange(range(0, 0, 1, 0))).toEqual([]);
  });

  it('renders what the default range renders, from the start of the first row’s group', () => {
    for (let count = 1; count <= 24; count++) {
      for (let start = 0; start < count; start++) {
        for (let end = start; end < count; end++) {
          for (let overscan = 0; overscan <= 2; overscan++) {
            const r = range(start, end, overscan, count);
            const rows = feedRowRange(r);
            const wanted = defaultRangeExtractor(r);
            // Every row the default renders, none past its end, in order with no gap.
            expect(rows.slice(-wanted.length)).toEqual(wanted);
            expect(rows.every((row, i) => i === 0 || row === rows[i - 1]! + 1)).toBe(true);
            // From a group's start, at most a group's worth of rows more above.
            expect(rows[0]! % FEED_ROW_GROUP).toBe(0);
            expect(wanted[0]! - rows[0]!).toBeLessThan(FEED_ROW_GROUP);
          }
        }
      }
    }
  });

  it('drops rows from the top a group at a time while a feed scrolls down, and adds them back the same way up', () => {
    const firstRows = (starts: number[]) =>
      starts.map((s) => feedRowRange(range(s, s + 6, 1, 2000))[0]);
    // With one row of overscan, first rows 0 to 40: forty rows scrolled past.
    const down = Array.from({ length: 41 }, (_, i) => i + 1);
    const changes = (xs: Array<number | undefined>) =>
      xs.filter((x, i) => i > 0 && x !== xs[i - 1]).length;
    // The first row changes 10 times, not 40.
    expect(changes(firstRows(down))).toBe(10);
    expect(changes(firstRows([...down].reverse()))).toBe(10);
  });
});
