/** What a replay link names: vehicles, the range, and optionally where the cursor starts (an incident's instant). */
export type ReplayQuery = {
  vehicleIds: string[];
  fromMs: number;
  toMs: number;
  /** Cursor start; the range's start when absent. */
  atMs: number | null;
};
