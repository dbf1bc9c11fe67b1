/**
 * What every report and export states about itself: the period asked for, when it was generated and which data
 * it covers (the aggregates are refreshed in the background, so the newest data may not be counted yet).
 */
export type ReportMeta = {
  /** Period asked for, ISO timestamps, `from` inclusive, `to` exclusive. */
  from: string;
  to: string;
  generatedAt: string;
  /** First and last telemetry sample counted (null when none). */
  dataFrom: string | null;
  dataTo: string | null;
  /** The hourly aggregates are complete up to this time (null before their first refresh). */
  refreshedThrough: string | null;
};
