import type { PromotionCheck, PromotionThresholds } from '@fleet/reports-model';

/** How far a check has come towards the nearer of its two thresholds (1 = reached). */
export function promotionProgress(check: PromotionCheck, thresholds: PromotionThresholds): number {
  const share = (value: number, threshold: number) => (threshold > 0 ? value / threshold : 0);
  return Math.max(
    share(check.autonomousHoursInZone, thresholds.autonomousHours),
    share(check.autonomousKmInZone, thresholds.autonomousKm),
  );
}

/** Eligible first, then the closest to a threshold: what an assessor looks at first is at the top. */
export function orderPromotionChecks(
  checks: readonly PromotionCheck[],
  thresholds: PromotionThresholds,
): PromotionCheck[] {
  return [...checks].sort(
    (a, b) =>
      Number(b.eligible) - Number(a.eligible) ||
      promotionProgress(b, thresholds) - promotionProgress(a, thresholds) ||
      a.vehicleId.localeCompare(b.vehicleId) ||
      a.permitId.localeCompare(b.permitId),
  );
}
