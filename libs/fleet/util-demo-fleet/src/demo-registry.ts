import { pilotZoneAreas, pilotZoneRoads } from '@fleet/pilot-zone';
import type { NewPermit, SafetyOfficer, TimeWindow, Zone } from '@fleet/registry-model';
import { CATEGORY_PROFILES } from './category-profiles.js';
import type { DemoVehicle } from './demo-fleet.js';

/** Road corridors are approved 60 m wide: the demo centre lines are approximate. */
const CORRIDOR_WIDTH_M = 60;
const DAY_MS = 86_400_000;

/** The demo zones: every test area, the pilot zone's extent and a corridor along every demo road. */
export function demoZones(): Zone[] {
  const areas: Zone[] = pilotZoneAreas().map((a) => ({
    id: a.id,
    nameZh: a.nameZh,
    nameEn: a.nameEn,
    geometry: a.geometry,
    corridorWidthM: null,
  }));
  const corridors: Zone[] = pilotZoneRoads().map((r) => ({
    id: `road-${r.id}`,
    nameZh: `${r.nameZh}（测试路段）`,
    nameEn: `${r.nameEn} (test section)`,
    geometry: { type: 'LineString', coordinates: r.coordinates },
    corridorWidthM: CORRIDOR_WIDTH_M,
  }));
  return [...areas, ...corridors];
}

/** A safety officer for every demo vehicle, matching the ids the simulator reports (`SO-{vehicleId}`). */
export function demoSafetyOfficers(vehicles: DemoVehicle[]): SafetyOfficer[] {
  return vehicles.map((v, i) => ({
    id: `SO-${v.id}`,
    name: `安全员${String(i + 1).padStart(4, '0')}`,
    enterpriseId: v.enterpriseId,
    licenceYears: 3 + (i % 15),
  }));
}

/** Why a demo vehicle breaks its permit (so the console shows live alerts from the first minute). */
export type DemoViolation = 'outside_area' | 'over_speed' | 'outside_hours' | 'driverless' | 'suspended' | 'no_permit';

export type DemoPermitPlan = {
  permits: (NewPermit & { suspendedReason?: string })[];
  violators: Map<string, DemoViolation>;
};

/**
 * Realistic permits for the demo fleet: per enterprise and category, all demo roads and areas, all day, a speed cap
 * above the category's top speed, driverless where the category runs driverless. Plus a few deliberate violators,
 * two vehicles per kind of violation, each on a permit of its own.
 */
export function demoPermits(vehicles: DemoVehicle[], nowMs: number): DemoPermitPlan {
  const allZones = demoZones().map((z) => z.id);
  const validFrom = new Date(nowMs - 30 * DAY_MS).toISOString();
  const validTo = new Date(nowMs + 365 * DAY_MS).toISOString();
  const violators = pickViolators(vehicles);
  const permits: DemoPermitPlan['permits'] = [];
  const groups = new Map<string, DemoVehicle[]>();
  for (const v of vehicles) {
    if (violators.has(v.id)) continue;
    const key = `${v.enterpriseId}|${v.category}`;
    const group = groups.get(key);
    if (group) group.push(v);
    else groups.set(key, [v]);
  }
  for (const [key, members] of groups) {
    const first = members[0]!;
    const profile = CATEGORY_PROFILES[first.category];
    permits.push({
      id: `DEMO-${key.replace('ent-demo-', 'E').replace('|', '-').toUpperCase()}`,
      enterpriseId: first.enterpriseId,
      stage: first.automationLevel >= 4 ? 'demonstration_application' : 'road_testing',
      vehicleIds: members.map((v) => v.id),
      zoneIds: allZones,
      timeWindows: [],
      speedCapKph: Math.ceil(profile.maxMps * 3.6 + 10),
      weatherNote: '雨雪、大雾等恶劣天气暂停测试',
      validFrom,
      validTo,
      insuredAmountCny: 5_000_000,
      safetyOfficerRequired: profile.driverlessShare === 0,
      driverlessAllowed: profile.driverlessShare > 0,
    });
  }
  for (const [vehicleId, violation] of violators) {
    if (violation === 'no_permit') continue;
    const v = vehicles.find((x) => x.id === vehicleId)!;
    const profile = CATEGORY_PROFILES[v.category];
    permits.push({
      id: `DEMO-${v.id}-${violation.toUpperCase().replace('_', '-')}`,
      enterpriseId: v.enterpriseId,
      stage: 'road_testing',
      vehicleIds: [v.id],
      zoneIds: violation === 'outside_area' ? ['test-anting-closed-site'] : allZones,
      timeWindows: violation === 'outside_hours' ? [windowAwayFrom(nowMs)] : [],
      speedCapKph:
        violation === 'over_speed'
          ? Math.max(5, Math.floor(v.cruiseSpeedMps * 3.6 * 0.5))
          : Math.ceil(profile.maxMps * 3.6 + 10),
      weatherNote: '',
      validFrom,
      validTo,
      insuredAmountCny: 5_000_000,
      safetyOfficerRequired: violation !== 'driverless' && profile.driverlessShare === 0,
      driverlessAllowed: violation !== 'driverless' && profile.driverlessShare > 0,
      suspendedReason: violation === 'suspended' ? '事故调查期间暂停测试（演示）' : undefined,
    });
  }
  return { permits, violators };
}

function pickViolators(vehicles: DemoVehicle[]): Map<string, DemoViolation> {
  const picks: [DemoViolation, (v: DemoVehicle) => boolean][] = [
    ['outside_area', (v) => v.category === 'l3_car'],
    ['over_speed', (v) => v.category === 'robotaxi'],
    ['outside_hours', (v) => v.category === 'smart_bus'],
    ['driverless', (v) => v.category === 'delivery'],
    ['suspended', (v) => v.category === 'sweeper'],
    ['no_permit', (v) => v.category === 'minibus'],
  ];
  const violators = new Map<string, DemoViolation>();
  for (const [violation, fits] of picks) {
    for (const v of vehicles.filter((x) => fits(x) && !violators.has(x.id)).slice(-2)) violators.set(v.id, violation);
  }
  return violators;
}

/** A one-hour window twelve hours from now (pilot-zone local time), so "outside hours" holds when the demo starts. */
function windowAwayFrom(nowMs: number): TimeWindow {
  const localHour = (new Date(nowMs).getUTCHours() + 8 + 12) % 24;
  const hh = String(Math.min(localHour, 22)).padStart(2, '0');
  return { start: `${hh}:00`, end: `${String(Number(hh) + 1).padStart(2, '0')}:00` };
}
