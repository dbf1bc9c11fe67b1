import { demoVehicleSecret } from '@fleet/demo-fleet';
import { readFile } from 'node:fs/promises';
import { z } from 'zod';

const secretsFile = z.record(z.string(), z.string().min(1));

/** Where each vehicle's MQTT secret comes from: see the `vehicleSecrets` option. */
export async function vehicleSecretSource(source: string): Promise<(vehicleId: string) => string | undefined> {
  if (source === 'demo') return demoVehicleSecret;
  if (source === 'none') return () => undefined;
  const secrets = secretsFile.parse(JSON.parse(await readFile(source, 'utf8')));
  return (vehicleId) => secrets[vehicleId];
}
