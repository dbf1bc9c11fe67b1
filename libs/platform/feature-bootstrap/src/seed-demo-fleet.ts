import { seedDevelopmentAccounts } from '@fleet/auth';
import { sha256, UserRepository, VehicleCredentialRepository } from '@fleet/auth-data';
import {
  DEMO_ENTERPRISES,
  demoFleet,
  demoPermits,
  demoSafetyOfficers,
  demoVehicleSecret,
  demoZones,
} from '@fleet/demo-fleet';
import type { Queryable } from '@fleet/db';
import { VehicleRegistryRepository } from '@fleet/fleet-registry';
import { PermitRepository, SafetyOfficerRepository, ZoneRepository } from '@fleet/registry-data';

export type DemoSeedResult = {
  vehicles: number;
  credentialsIssued: number;
  accountsCreated: number;
  permitsCreated: number;
  violators: number;
};

/**
 * DEVELOPMENT ONLY (the demo fleet never starts in production): registers the demo enterprises, vehicles, zones,
 * safety officers and permits (with a few deliberate violators), gives each vehicle without credentials its demo
 * secret, and creates the development accounts. Idempotent: existing permits are left as they are.
 */
export async function seedDemoFleet(db: Queryable, vehicles: number, nowMs = Date.now()): Promise<DemoSeedResult> {
  const fleet = demoFleet(vehicles);
  await new VehicleRegistryRepository(db).upsert(DEMO_ENTERPRISES, fleet);
  const credentials = new VehicleCredentialRepository(db);
  const missing = await credentials.vehiclesWithoutCredentials(fleet.map((v) => v.id));
  await credentials.insertMany(
    missing.map((vehicleId) => ({ vehicleId, secretHash: sha256(demoVehicleSecret(vehicleId)) })),
    'demo-seed',
  );
  const accountsCreated = await seedDevelopmentAccounts(new UserRepository(db));
  await new ZoneRepository(db).upsert(demoZones());
  await new SafetyOfficerRepository(db).upsert(demoSafetyOfficers(fleet));
  const permits = new PermitRepository(db);
  const plan = demoPermits(fleet, nowMs);
  let permitsCreated = 0;
  for (const { suspendedReason, ...permit } of plan.permits) {
    if (!(await permits.create(permit))) continue;
    permitsCreated++;
    if (suspendedReason) await permits.setStatus({ kind: 'all' }, permit.id, 'suspended', suspendedReason, 'demo-seed');
  }
  return {
    vehicles: fleet.length,
    credentialsIssued: missing.length,
    accountsCreated,
    permitsCreated,
    violators: plan.violators.size,
  };
}
