/** The periods offered as one click; `custom` is a range picked by hand. */
export const PERIOD_PRESETS = ['7d', '30d', '90d', '180d'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

/** A period as the pages ask for it: [from, to). */
export type ReportPeriod = { from: Date; to: Date };
