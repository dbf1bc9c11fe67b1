import { createRandom, demoVehicle, hashSeed, mixSeed, type DemoVehicle } from '@fleet/demo-fleet';
import { Polyline } from '@fleet/geo';
import { pilotZoneRoads } from '@fleet/pilot-zone';
import { createSimVehicle, type SimVehicle } from './sim-vehicle.js';

type Route = { line: Polyline; expressway: boolean };

let routes: ReadonlyMap<string, Route> | undefined;

function routeById(id: string): Route {
  routes ??= new Map(
    pilotZoneRoads().map((r) => [r.id, { line: new Polyline(r.coordinates), expressway: r.kind === 'expressway' }]),
  );
  const route = routes.get(id);
  if (!route) throw new Error(`Demo vehicle route ${id} is not a pilot-zone road`);
  return route;
}

/** The demo vehicles with indexes [startOffset, startOffset + count). */
export function selectVehicles(startOffset: number, count: number): DemoVehicle[] {
  return Array.from({ length: count }, (_, i) => demoVehicle(startOffset + i));
}

/**
 * Places the vehicles on their routes and decides who is on board: level 3+ vehicles carry a safety officer unless
 * they are driverless-capable (then 30 % still do); driverless level 4 vehicles share a remote safety officer per
 * three vehicles of the same enterprise (the ratio the domain brief quotes).
 */
export function setUpSimVehicles(
  vehicles: readonly DemoVehicle[],
  seed: number,
  nowMs: number,
  seqStart: number,
  eventRate: number,
): SimVehicle[] {
  const remoteCounts = new Map<string, number>();
  return vehicles.map((vehicle) => {
    const random = createRandom(mixSeed(seed, hashSeed(vehicle.id)));
    const route = routeById(vehicle.routeId);
    const officer = vehicle.automationLevel >= 3 && (!vehicle.driverlessCapable || random.chance(0.3));
    let remoteOfficerId = '';
    if (!officer && vehicle.automationLevel >= 4) {
      const k = remoteCounts.get(vehicle.enterpriseId) ?? 0;
      remoteCounts.set(vehicle.enterpriseId, k + 1);
      remoteOfficerId = `RSO-${vehicle.enterpriseId.replace(/^ent-demo-/, '')}-${String(Math.floor(k / 3) + 1).padStart(3, '0')}`;
    }
    return createSimVehicle({
      vehicle,
      line: route.line,
      expressway: route.expressway,
      safetyOfficerId: officer ? `SO-${vehicle.id}` : '',
      remoteOfficerId,
      nowMs,
      seqStart,
      eventRate,
      random,
    });
  });
}
