import type { DataScope } from '@fleet/auth-model';
import { PermitRepository, ZoneRepository } from '@fleet/registry-data';
import { hours, km, ReportRawRepository, type ReportSettings } from '@fleet/reports-data';
import type { PromotionCheck, PromotionResponse, PromotionThresholds } from '@fleet/reports-model';
import { insideZones, toPermitZone } from './zone-cells.js';

type Counted = {
  autonomousHoursInZone: number;
  autonomousKmInZone: number;
  violations: number;
  atFaultIncidents: number;
};

/** The rule itself: ≥ the hours or ≥ the km in autonomous mode inside the zones, with no violation and no at-fault accident. */
export function judgePromotion(
  counted: Counted,
  thresholds: PromotionThresholds,
): Pick<PromotionCheck, 'meetsHours' | 'meetsKm' | 'eligible' | 'reasons'> {
  const meetsHours = counted.autonomousHoursInZone >= thresholds.autonomousHours;
  const meetsKm = counted.autonomousKmInZone >= thresholds.autonomousKm;
  const reasons: PromotionCheck['reasons'] = [];
  if (!meetsHours && !meetsKm) reasons.push('insufficient_autonomous_time');
  if (counted.violations > 0) reasons.push('violations');
  if (counted.atFaultIncidents > 0) reasons.push('at_fault_incidents');
  return { meetsHours, meetsKm, eligible: reasons.length === 0, reasons };
}

/** Per vehicle and permit: the figures of the promotion rule, counted inside the permit's zones and validity. */
export class PromotionService {
  constructor(
    private readonly raw: ReportRawRepository,
    private readonly permits: PermitRepository,
    private readonly zones: ZoneRepository,
    private readonly settings: ReportSettings,
  ) {}

  async check(
    scope: DataScope,
    filter: { enterpriseId?: string; vehicleId?: string },
    nowMs: number,
  ): Promise<PromotionResponse> {
    const thresholds = this.settings.promotion;
    const permits = (await this.permits.list(scope, filter.vehicleId ? { vehicleId: filter.vehicleId } : {})).filter(
      (p) => !filter.enterpriseId || p.enterpriseId === filter.enterpriseId,
    );
    const zones = new Map(
      (await this.zones.byIds([...new Set(permits.flatMap((p) => p.zoneIds))])).map((z) => [z.id, z]),
    );
    const vins = await this.raw.vins(permits.flatMap((p) => p.vehicleIds));
    const items: PromotionCheck[] = [];
    for (const permit of permits) {
      const fromMs = Date.parse(permit.validFrom);
      const toMs = Math.min(Date.parse(permit.validTo), nowMs);
      const permitZones = permit.zoneIds.flatMap((id) => {
        const zone = zones.get(id);
        return zone ? [toPermitZone(zone)] : [];
      });
      for (const vehicleId of permit.vehicleIds) {
        if (filter.vehicleId && vehicleId !== filter.vehicleId) continue;
        const cells = fromMs < toMs ? await this.raw.autonomousCells([vehicleId], fromMs, toMs, this.settings) : [];
        const inside = insideZones(cells, permitZones, this.settings.zoneCellDeg);
        const counts = await this.raw.promotionCounts(
          vehicleId,
          fromMs,
          Math.max(fromMs, toMs),
          thresholds.violationKinds,
        );
        const counted: Counted = {
          autonomousHoursInZone: hours(inside.seconds),
          autonomousKmInZone: km(inside.metres),
          violations: counts.violations,
          atFaultIncidents: counts.atFault,
        };
        items.push({
          vehicleId,
          vin: vins.get(vehicleId) ?? '',
          enterpriseId: permit.enterpriseId,
          permitId: permit.id,
          permitStage: permit.stage,
          from: new Date(fromMs).toISOString(),
          to: new Date(Math.max(fromMs, toMs)).toISOString(),
          ...counted,
          undeterminedIncidents: counts.undetermined,
          ...judgePromotion(counted, thresholds),
        });
      }
    }
    return { generatedAt: new Date(nowMs).toISOString(), thresholds, items };
  }
}
