import { describe, expect, it } from 'vitest';
import { readMarkerIndex } from '../../../../../src/renderer/src/components/column/read-marker';

describe('readMarkerIndex', () => {
  const ids = ['50', '40', '30', '20'];
  it.each([
    [undefined, -1],
    ['50', -1], // everything seen: no line
    ['40', 1],
    ['20', 3],
    ['35', 2], // the marker post is gone: the line goes above the next older one
    ['10', -1], // everything is newer than the marker: no post to put the line on
    ['60', -1],
  ])('marker %s → index %s', (marker, expected) => {
    expect(readMarkerIndex(ids, marker)).toBe(expected);
  });
});
