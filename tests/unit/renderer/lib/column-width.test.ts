import { describe, expect, it } from 'vitest';
import {
  clampColumnWidth,
  columnWidthPx,
  keyedWidth,
} from '../../../../src/renderer/src/lib/column-width';

describe('column widths', () => {
  it('uses the dragged width, else the preset', () => {
    expect(columnWidthPx({ width: 'medium' })).toBe(340);
    expect(columnWidthPx({ width: 'wide' })).toBe(440);
    expect(columnWidthPx({ width: 'narrow', widthPx: 512 })).toBe(512);
  });

  it('keeps a dragged width whole and within 240 to 800 pixels', () => {
    expect(clampColumnWidth(100)).toBe(240);
    expect(clampColumnWidth(1200)).toBe(800);
    expect(clampColumnWidth(333.6)).toBe(334);
    expect(clampColumnWidth(Number.NaN)).toBe(240);
  });

  it('moves the edge 20 pixels an arrow key, 80 with Shift, to the ends with Home and End', () => {
    expect(keyedWidth(340, 'ArrowRight', false)).toBe(360);
    expect(keyedWidth(340, 'ArrowLeft', true)).toBe(260);
    expect(keyedWidth(250, 'ArrowLeft', false)).toBe(240);
    expect(keyedWidth(340, 'Home', false)).toBe(240);
    expect(keyedWidth(340, 'End', false)).toBe(800);
    expect(keyedWidth(340, 'Enter', false)).toBeNull();
  });
});
