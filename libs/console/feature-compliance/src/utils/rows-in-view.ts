/**
 * How many rows of a list that starts at the top are worth rendering: those down to the bottom of the scrolled
 * view, counted at `minRowPx` (the shortest a row can be, so the count never falls short), plus `overscan`.
 */
export function rowsInView(scrollTopPx: number, viewHeightPx: number, minRowPx: number, overscan: number): number {
  return Math.ceil(Math.max(0, scrollTopPx + viewHeightPx) / minRowPx) + overscan;
}
