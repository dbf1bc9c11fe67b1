import type { PlacedMarker, TimelineMarker } from '../types/timeline-marker.js';

/**
 * Places markers along a timeline `widthPx` wide: by time, in the first lane where the previous marker is at
 * least `minGapPx` away, so close events stay clickable; past `lanes` rows they share the last one. Markers
 * outside the range are dropped. Severe markers are placed first so they get the front lane.
 */
export function placeMarkers(
  markers: readonly TimelineMarker[],
  fromMs: number,
  toMs: number,
  widthPx: number,
  minGapPx = 10,
  lanes = 3,
): PlacedMarker[] {
  const span = toMs - fromMs;
  if (span <= 0 || widthPx <= 0 || lanes < 1) return [];
  const inRange = markers.filter((m) => m.timeMs >= fromMs && m.timeMs <= toMs);
  const order = [...inRange].sort((a, b) => Number(b.severe) - Number(a.severe) || a.timeMs - b.timeMs);
  const taken: number[][] = Array.from({ length: lanes }, () => []);
  const placed = order.map((m) => {
    const x = (m.timeMs - fromMs) / span;
    const px = x * widthPx;
    let lane = taken.findIndex((xs) => xs.every((other) => Math.abs(other - px) >= minGapPx));
    if (lane < 0) lane = lanes - 1;
    taken[lane]?.push(px);
    return { ...m, x, lane };
  });
  return placed.sort((a, b) => a.timeMs - b.timeMs || a.lane - b.lane);
}
