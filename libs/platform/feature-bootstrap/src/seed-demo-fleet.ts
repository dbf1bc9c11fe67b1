import { DEMO_ENTERPRISES, demoFleet } from '@fleet/demo-fleet';
import type { Queryable } from '@fleet/db';
import { VehicleRegistryRepository } from '@fleet/fleet-registry';

/** Registers the demo enterprises and vehicles the simulator drives (idempotent; development only). */
export async function seedDemoFleet(db: Queryable, vehicles: number): Promise<number> {
  const fleet = demoFleet(vehicles);
  await new VehicleRegistryRepository(db).upsert(DEMO_ENTERPRISES, fleet);
  return fleet.length;
}
