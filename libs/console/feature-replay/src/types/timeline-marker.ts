/** Something worth a mark on the replay timeline: a vehicle event or an alert raised in the range. */
export type TimelineMarker = {
  /** Unique within the replay (`event:…` / `alert:…`). */
  key: string;
  source: 'event' | 'alert' | 'incident';
  /** Event kind, alert kind, or incident kind. */
  kind: string;
  vehicleId: string;
  timeMs: number;
  /** Shown on hover. */
  label: string;
  /** Collisions, level-3 faults, critical alerts: drawn in the danger colour. */
  severe: boolean;
  /** Where it happened [lon, lat], when known: drawn on the map too. */
  position: readonly [number, number] | null;
};

/** A marker with its place on the timeline: `x` as a fraction of the width, `lane` the row it sits in. */
export type PlacedMarker = TimelineMarker & { x: number; lane: number };
