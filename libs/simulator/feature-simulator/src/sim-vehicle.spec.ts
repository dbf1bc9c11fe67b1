import { createRandom, demoFleet } from '@fleet/demo-fleet';
import { bboxContains, haversineDistanceM, Polyline } from '@fleet/geo';
import { PILOT_ZONE_BOUNDS, pilotZoneRoads } from '@fleet/pilot-zone';
import { describe, expect, it } from 'vitest';
import { createSimVehicle, stepVehicle } from './sim-vehicle.js';

const roads = new Map(pilotZoneRoads().map((r) => [r.id, r]));
const bounds = [...PILOT_ZONE_BOUNDS[0], ...PILOT_ZONE_BOUNDS[1]] as const;

describe('stepVehicle', () => {
  it.each(demoFleet(20).map((v) => [v.id, v] as const))('drives %s plausibly for half an hour', (_id, vehicle) => {
    const road = roads.get(vehicle.routeId);
    if (!road) throw new Error(`no road ${vehicle.routeId}`);
    const sim = createSimVehicle({
      vehicle,
      line: new Polyline(road.coordinates),
      expressway: road.kind === 'expressway',
      safetyOfficerId: vehicle.automationLevel >= 3 ? `SO-${vehicle.id}` : '',
      remoteOfficerId: '',
      nowMs: 0,
      seqStart: 0,
      eventRate: 1,
      random: createRandom(42),
    });
    const startOdometer = sim.odometerKm;
    let previous = { lon: sim.pose.lonDeg, lat: sim.pose.latDeg };
    let travelledM = 0;
    for (let t = 1; t <= 1_800; t++) {
      const sample = stepVehicle(sim, t * 1_000, 1, 1);
      const lon = sample.lonDeg ?? NaN;
      const lat = sample.latDeg ?? NaN;
      expect(bboxContains(bounds, [lon, lat])).toBe(true);
      expect(sample.speedMps).toBeGreaterThanOrEqual(0);
      expect(sample.speedMps).toBeLessThanOrEqual(vehicle.maxSpeedMps + 1e-9);
      expect(sample.headingDeg).toBeGreaterThanOrEqual(0);
      expect(sample.headingDeg).toBeLessThan(360);
      expect(sample.batterySocPct).toBeGreaterThan(0);
      const stepM = haversineDistanceM([previous.lon, previous.lat], [lon, lat]);
      // No jumps: a step is at most what the top speed allows (chords at corners are shorter still).
      expect(stepM).toBeLessThanOrEqual(vehicle.maxSpeedMps + 0.5);
      travelledM += stepM;
      previous = { lon, lat };
    }
    const odometerKm = sim.odometerKm - startOdometer;
    expect(odometerKm).toBeGreaterThan(0);
    // Chords cut corners and U-turns, so the odometer may read slightly more than the straight-line sum.
    expect(odometerKm * 1_000).toBeGreaterThanOrEqual(travelledM - 1);
    expect(odometerKm * 1_000).toBeLessThan(travelledM * 1.05 + 10);
  });

  it('reports passengers for robotaxis and buses only, and a safety officer when one is on board', () => {
    const [l2, robotaxi] = demoFleet(2);
    if (!l2 || !robotaxi) throw new Error('fleet too small');
    const make = (vehicle: typeof l2, officer: string) => {
      const road = roads.get(vehicle.routeId);
      if (!road) throw new Error('no road');
      return createSimVehicle({
        vehicle,
        line: new Polyline(road.coordinates),
        expressway: false,
        safetyOfficerId: officer,
        remoteOfficerId: '',
        nowMs: 0,
        seqStart: 5,
        eventRate: 1,
        random: createRandom(1),
      });
    };
    const car = stepVehicle(make(l2, ''), 1_000, 1, 1);
    const taxi = stepVehicle(make(robotaxi, 'SO-RT-0001'), 1_000, 1, 1);
    expect(car.passengers).toBeUndefined();
    expect(car.safetyOfficerId).toBe('');
    expect(taxi.passengers).toBeGreaterThanOrEqual(0);
    expect(taxi.safetyOfficerId).toBe('SO-RT-0001');
  });
});
