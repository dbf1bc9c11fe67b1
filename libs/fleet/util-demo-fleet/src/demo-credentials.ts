/**
 * DEVELOPMENT DEFAULT: the MQTT secret of a demo vehicle, derivable from its id so the demo simulator can connect
 * without a credentials file. Only seeded with the demo fleet, which production mode never starts. Real vehicles
 * get random secrets from `POST /api/v1/vehicles/{id}/credentials`.
 */
export function demoVehicleSecret(vehicleId: string): string {
  return `demo-only-${vehicleId}`;
}
