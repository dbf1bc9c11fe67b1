import type { DataScope } from '@fleet/auth-model';
import { ApiError } from '@fleet/http';
import { PermitRepository, ZoneRepository } from '@fleet/registry-data';
import {
  km,
  hours,
  localDay,
  per1000,
  ReportFiguresRepository,
  ReportRawRepository,
  type ReportSettings,
} from '@fleet/reports-data';
import {
  DISENGAGEMENT_INITIATORS,
  type CategoryFigures,
  type Coverage,
  type Dashboard,
  type DashboardKpis,
  type DisengagementFigures,
  type PeriodicReport,
  type ReportMeta,
  type ReportTotals,
  type VehicleFigures,
  type VehicleStats,
  type ZoneFigures,
} from '@fleet/reports-model';
import { insideZones, toPermitZone } from './zone-cells.js';

type Period = { fromMs: number; toMs: number };

function sumDisengagements(vehicles: readonly VehicleFigures[], autonomousKm: number): DisengagementFigures {
  const byInitiator = Object.fromEntries(
    DISENGAGEMENT_INITIATORS.map((i) => [i, 0]),
  ) as DisengagementFigures['byInitiator'];
  let total = 0;
  for (const v of vehicles) {
    total += v.disengagements.total;
    for (const i of DISENGAGEMENT_INITIATORS) byInitiator[i] += v.disengagements.byInitiator[i];
  }
  return { total, byInitiator, per1000AutonomousKm: per1000(total, autonomousKm) };
}

const sumOf = (vehicles: readonly VehicleFigures[], pick: (v: VehicleFigures) => number) =>
  Math.round(vehicles.reduce((n, v) => n + pick(v), 0) * 1_000) / 1_000;

/** The figures the dashboard, the stats endpoint and the reports are made of. */
export class ReportsService {
  constructor(
    private readonly figures: ReportFiguresRepository,
    private readonly raw: ReportRawRepository,
    private readonly permits: PermitRepository,
    private readonly zones: ZoneRepository,
    readonly settings: ReportSettings,
  ) {}

  private async meta(period: Period, dataFrom: string | null, dataTo: string | null): Promise<ReportMeta> {
    return {
      from: new Date(period.fromMs).toISOString(),
      to: new Date(period.toMs).toISOString(),
      generatedAt: new Date().toISOString(),
      dataFrom,
      dataTo,
      refreshedThrough: await this.figures.refreshedThrough(),
    };
  }

  async vehicleStats(scope: DataScope, vehicleId: string, period: Period): Promise<VehicleStats> {
    const { vehicles, dataFrom, dataTo } = await this.figures.vehicleFigures(
      scope,
      { vehicleIds: [vehicleId] },
      period.fromMs,
      period.toMs,
      this.settings.promotion.violationKinds,
    );
    const vehicle = vehicles[0];
    if (!vehicle) throw new ApiError('not_found', `vehicle ${vehicleId} not found`);
    return { ...vehicle, ...(await this.meta(period, dataFrom, dataTo)) };
  }

  private kpis(vehicles: readonly VehicleFigures[]): DashboardKpis {
    const autonomousKm = sumOf(vehicles, (v) => v.autonomousDistanceKm);
    const disengagements = vehicles.reduce((n, v) => n + v.disengagements.total, 0);
    return {
      vehicles: vehicles.length,
      activeVehicles: vehicles.filter((v) => v.onlineHours > 0 || v.distanceKm > 0).length,
      distanceKm: sumOf(vehicles, (v) => v.distanceKm),
      autonomousKm,
      autonomousHours: sumOf(vehicles, (v) => v.autonomousHours),
      disengagements,
      disengagementsPer1000Km: per1000(disengagements, autonomousKm),
      alerts: vehicles.reduce((n, v) => n + v.alertsByKind.reduce((m, a) => m + a.count, 0), 0),
      incidents: vehicles.reduce((n, v) => n + v.incidentsByKind.reduce((m, a) => m + a.count, 0), 0),
    };
  }

  async dashboard(scope: DataScope, enterpriseId: string | null, period: Period, nowMs: number): Promise<Dashboard> {
    const selection = enterpriseId ? { enterpriseId } : {};
    const kinds = this.settings.promotion.violationKinds;
    const todayStart = Date.parse(`${localDay(nowMs)}T00:00:00+08:00`);
    const range = await this.figures.vehicleFigures(scope, selection, period.fromMs, period.toMs, kinds);
    const today = await this.figures.vehicleFigures(scope, selection, todayStart, todayStart + 86_400_000, kinds);
    const rangeKpis = this.kpis(range.vehicles);
    const totals = sumDisengagements(range.vehicles, rangeKpis.autonomousKm);
    const lastDay = localDay(period.toMs - 1);
    return {
      meta: await this.meta(period, range.dataFrom, range.dataTo),
      kpis: { today: this.kpis(today.vehicles), range: rangeKpis },
      autonomousKmPerDay: await this.figures.autonomousKmPerDay(scope, enterpriseId, localDay(period.fromMs), lastDay),
      disengagementRates: DISENGAGEMENT_INITIATORS.map((initiator) => ({
        initiator,
        count: totals.byInitiator[initiator],
        per1000Km: per1000(totals.byInitiator[initiator], rangeKpis.autonomousKm),
      })),
      alertsByKind: await this.figures.countsByKind('alerts', scope, enterpriseId, period.fromMs, period.toMs),
      incidentsByKind: await this.figures.countsByKind('incidents', scope, enterpriseId, period.fromMs, period.toMs),
      vehiclesOnline: await this.figures.vehiclesOnline(scope, enterpriseId, period.fromMs, period.toMs),
    };
  }

  async coverage(scope: DataScope, enterpriseId: string | null, period: Period): Promise<Coverage> {
    const cellDeg = this.settings.coverageCellDeg;
    const cells = await this.figures.coverage(
      scope,
      enterpriseId,
      localDay(period.fromMs),
      localDay(period.toMs - 1),
      cellDeg,
    );
    return { meta: await this.meta(period, null, null), cellDeg, cells };
  }

  /** The periodic report of one enterprise; with `permitId`, the end-of-test summary of that permit's vehicles. */
  async periodic(
    scope: DataScope,
    enterpriseId: string,
    period: Period,
    permit?: { id: string; vehicleIds: string[]; zoneIds: string[] },
  ): Promise<PeriodicReport> {
    const enterprise = await this.raw.enterprise(scope, enterpriseId);
    if (!enterprise) throw new ApiError('not_found', `enterprise ${enterpriseId} not found`);
    const { vehicles, dataFrom, dataTo } = await this.figures.vehicleFigures(
      scope,
      permit ? { enterpriseId, vehicleIds: permit.vehicleIds } : { enterpriseId },
      period.fromMs,
      period.toMs,
      this.settings.promotion.violationKinds,
    );
    const autonomousKm = sumOf(vehicles, (v) => v.autonomousDistanceKm);
    const totals: ReportTotals = {
      vehicles: vehicles.length,
      distanceKm: sumOf(vehicles, (v) => v.distanceKm),
      autonomousDistanceKm: autonomousKm,
      assistedDistanceKm: sumOf(vehicles, (v) => v.assistedDistanceKm),
      autonomousHours: sumOf(vehicles, (v) => v.autonomousHours),
      disengagements: sumDisengagements(vehicles, autonomousKm),
      violations: sumOf(vehicles, (v) => v.violations),
      incidents: vehicles.reduce((n, v) => n + v.incidentsByKind.reduce((m, i) => m + i.count, 0), 0),
      atFaultIncidents: sumOf(vehicles, (v) => v.atFaultIncidents),
    };
    const incidentKinds = new Map<string, number>();
    for (const v of vehicles)
      for (const i of v.incidentsByKind) incidentKinds.set(i.kind, (incidentKinds.get(i.kind) ?? 0) + i.count);
    return {
      meta: await this.meta(period, dataFrom, dataTo),
      kind: permit ? 'end_of_test' : 'periodic',
      enterpriseId,
      enterpriseNameZh: enterprise.nameZh,
      enterpriseNameEn: enterprise.nameEn,
      permitId: permit?.id ?? null,
      totals,
      vehicles,
      byZone: await this.byZone(scope, enterpriseId, vehicles, period, permit?.zoneIds),
      byCategory: this.byCategory(vehicles),
      incidentsByKind: [...incidentKinds].map(([kind, count]) => ({ kind, count })),
    };
  }

  /** End-of-test summary: the permit's vehicles over its whole validity (up to now). */
  async endOfTest(scope: DataScope, permitId: string, nowMs: number): Promise<PeriodicReport> {
    const permit = await this.permits.get(scope, permitId);
    if (!permit) throw new ApiError('not_found', `permit ${permitId} not found`);
    const period = { fromMs: Date.parse(permit.validFrom), toMs: Math.min(Date.parse(permit.validTo), nowMs) };
    if (!(period.fromMs < period.toMs)) throw new ApiError('invalid_request', `permit ${permitId} has not started`);
    return this.periodic(scope, permit.enterpriseId, period, permit);
  }

  private byCategory(vehicles: readonly VehicleFigures[]): CategoryFigures[] {
    const groups = new Map<string, VehicleFigures[]>();
    for (const v of vehicles) groups.set(v.category, [...(groups.get(v.category) ?? []), v]);
    return [...groups].map(([category, list]) => ({
      category,
      vehicles: list.length,
      distanceKm: sumOf(list, (v) => v.distanceKm),
      autonomousKm: sumOf(list, (v) => v.autonomousDistanceKm),
      autonomousHours: sumOf(list, (v) => v.autonomousHours),
    }));
  }

  /**
   * Autonomous km and hours inside each zone of the enterprise's permits (or of one permit). Read from raw samples
   * (the aggregates keep no place below the heat-map cell), grouped in ~11 m cells decided once each.
   */
  private async byZone(
    scope: DataScope,
    enterpriseId: string,
    vehicles: readonly VehicleFigures[],
    period: Period,
    zoneIds?: string[],
  ): Promise<ZoneFigures[]> {
    const ids = zoneIds ?? [
      ...new Set(
        (await this.permits.list(scope)).filter((p) => p.enterpriseId === enterpriseId).flatMap((p) => p.zoneIds),
      ),
    ];
    if (ids.length === 0) return [];
    const active = vehicles.filter((v) => v.autonomousDistanceKm > 0).map((v) => v.vehicleId);
    const cells = await this.raw.autonomousCells(active, period.fromMs, period.toMs, this.settings);
    const zones = await this.zones.byIds(ids);
    return zones.map((zone) => {
      const inside = insideZones(cells, [toPermitZone(zone)], this.settings.zoneCellDeg);
      return {
        zoneId: zone.id,
        nameZh: zone.nameZh,
        nameEn: zone.nameEn,
        autonomousKm: km(inside.metres),
        autonomousHours: hours(inside.seconds),
      };
    });
  }
}
