import type { MessageKey } from '@fleet/console-i18n';

/**
 * How long the vehicle's current secrets keep working after a new one is issued: at once (a leaked secret) or
 * long enough to roll the new one out to a terminal that is on the road (1 h, 24 h).
 */
export const GRACE_PERIODS = [
  { seconds: 0, labelKey: 'credentials.grace.0' },
  { seconds: 3_600, labelKey: 'credentials.grace.3600' },
  { seconds: 86_400, labelKey: 'credentials.grace.86400' },
] as const satisfies readonly { seconds: number; labelKey: MessageKey }[];

export type GraceSeconds = (typeof GRACE_PERIODS)[number]['seconds'];
