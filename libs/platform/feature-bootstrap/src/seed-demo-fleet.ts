import { seedDevelopmentAccounts } from '@fleet/auth';
import { sha256, UserRepository, VehicleCredentialRepository } from '@fleet/auth-data';
import { DEMO_ENTERPRISES, demoFleet, demoVehicleSecret } from '@fleet/demo-fleet';
import type { Queryable } from '@fleet/db';
import { VehicleRegistryRepository } from '@fleet/fleet-registry';

export type DemoSeedResult = { vehicles: number; credentialsIssued: number; accountsCreated: number };

/**
 * DEVELOPMENT ONLY (the demo fleet never starts in production): registers the demo enterprises and vehicles,
 * gives each vehicle without credentials its demo secret, and creates the development accounts. Idempotent.
 */
export async function seedDemoFleet(db: Queryable, vehicles: number): Promise<DemoSeedResult> {
  const fleet = demoFleet(vehicles);
  await new VehicleRegistryRepository(db).upsert(DEMO_ENTERPRISES, fleet);
  const credentials = new VehicleCredentialRepository(db);
  const missing = await credentials.vehiclesWithoutCredentials(fleet.map((v) => v.id));
  await credentials.insertMany(
    missing.map((vehicleId) => ({ vehicleId, secretHash: sha256(demoVehicleSecret(vehicleId)) })),
    'demo-seed',
  );
  const accountsCreated = await seedDevelopmentAccounts(new UserRepository(db));
  return { vehicles: fleet.length, credentialsIssued: missing.length, accountsCreated };
}
