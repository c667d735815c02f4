/**
 * Which deck tabs fit in the header's width, in order, the active one always among them: tabs
 * are dropped from the end (never the active one) until the rest fit. `widths` are the tabs'
 * natural widths (px), `gap` the space between two, `available` the room for all of them.
 */
export function fitTabs(
  widths: readonly number[],
  activeIndex: number,
  available: number,
  gap: number,
): boolean[] {
  const shown = widths.map(() => true);
  const total = () =>
    widths.reduce((sum, w, i) => (shown[i] ? sum + w : sum), 0) +
    gap * Math.max(0, shown.filter(Boolean).length - 1);
  for (let i = widths.length - 1; i >= 0 && total() > available; i--) {
    if (i !== activeIndex) shown[i] = false;
  }
  return shown;
}
