/** Icons shrink when zoomed out so thousands of vehicles stay readable: 45 % at z ≤ 10.3, full size from z14. */
export function iconScaleForZoom(zoom: number): number {
  return Math.min(1, Math.max(0.45, 0.4 + (zoom - 10) * 0.15));
}
