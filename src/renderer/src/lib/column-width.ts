import { MAX_COLUMN_PX, MIN_COLUMN_PX, PRESET_COLUMN_PX } from '../../../shared/decks/constants';
import type { Column } from '../../../shared/decks/schema';

/** A column's width in pixels: where its edge was dragged, else its preset. */
export const columnWidthPx = (column: Pick<Column, 'width' | 'widthPx'>): number =>
  column.widthPx ?? PRESET_COLUMN_PX[column.width];

/** A dragged width, whole and within what a column may be. */
export const clampColumnWidth = (px: number): number =>
  Math.min(MAX_COLUMN_PX, Math.max(MIN_COLUMN_PX, Math.round(Number.isFinite(px) ? px : 0)));

/** One arrow-key step of the resize edge (Shift for a bigger one). */
export const RESIZE_STEP_PX = 20;
export const RESIZE_BIG_STEP_PX = 80;

/** Where an arrow key takes the edge: null for a key the edge does not use. */
export function keyedWidth(width: number, key: string, shift: boolean): number | null {
  const step = shift ? RESIZE_BIG_STEP_PX : RESIZE_STEP_PX;
  switch (key) {
    case 'ArrowLeft':
      return clampColumnWidth(width - step);
    case 'ArrowRight':
      return clampColumnWidth(width + step);
    case 'Home':
      return MIN_COLUMN_PX;
    case 'End':
      return MAX_COLUMN_PX;
    default:
      return null;
  }
}
