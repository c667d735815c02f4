import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { MAX_COLUMN_PX, MIN_COLUMN_PX } from '../../../../shared/decks/constants';
import { clampColumnWidth, keyedWidth } from '../../lib/column-width';

/**
 * The column's right edge: drag it (or focus it and use the arrow keys) to resize the column.
 * The width shows while dragging and is saved, for this column, when the drag ends.
 */
export function ColumnResizeEdge({
  title,
  width,
  onPreview,
  onCommit,
}: {
  title: string;
  width: number;
  onPreview(px: number | null): void;
  onCommit(px: number): void;
}) {
  const start = useRef<{ x: number; width: number } | null>(null);
  const [dragging, setDragging] = useState(false);

  const widthAt = (e: PointerEvent) =>
    clampColumnWidth(start.current!.width + e.clientX - start.current!.x);

  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={`Resize ${title}`}
      aria-valuenow={width}
      aria-valuemin={MIN_COLUMN_PX}
      aria-valuemax={MAX_COLUMN_PX}
      aria-valuetext={`${width} pixels wide`}
      tabIndex={0}
      className={`column-resize-edge${dragging ? ' dragging' : ''}`}
      onPointerDown={(e) => {
        if (e.button !== 0) return;
        e.preventDefault();
        e.currentTarget.setPointerCapture(e.pointerId);
        start.current = { x: e.clientX, width };
        setDragging(true);
      }}
      onPointerMove={(e) => {
        if (start.current) onPreview(widthAt(e));
      }}
      onPointerUp={(e) => {
        if (!start.current) return;
        const px = widthAt(e);
        // `width` is the preview by now: compare with where the drag began.
        const began = start.current.width;
        start.current = null;
        setDragging(false);
        onPreview(null);
        if (px !== began) onCommit(px);
      }}
      onPointerCancel={() => {
        start.current = null;
        setDragging(false);
        onPreview(null);
      }}
      onKeyDown={(e: KeyboardEvent) => {
        const px = keyedWidth(width, e.key, e.shiftKey);
        if (px === null || e.altKey || e.ctrlKey || e.metaKey) return;
        e.preventDefault();
        e.stopPropagation();
        if (px !== width) onCommit(px);
      }}
    />
  );
}
