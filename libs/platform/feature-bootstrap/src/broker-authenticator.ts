import { verifyVehicleSecret } from '@fleet/auth';
import { sameSecret, VehicleCredentialRepository } from '@fleet/auth-data';
import type { BrokerAuthenticator, EmbeddedBroker } from '@fleet/broker';
import type { Queryable } from '@fleet/db';
import type { CoreServices } from '@fleet/ops';
import { randomBytes } from 'node:crypto';

/** The MQTT account the platform's own ingest uses. */
export type PlatformMqttAccount = { username: string; password: string };

/** For the embedded broker: a fresh random password each start, since nothing outside the process needs it. */
export function embeddedPlatformAccount(): PlatformMqttAccount {
  return { username: 'platform-ingest', password: randomBytes(24).toString('base64url') };
}

/** Vehicles by their issued credentials, the ingest by the platform account; anyone else is refused. */
export function brokerAuthenticator(db: Queryable, platform: PlatformMqttAccount): BrokerAuthenticator {
  const credentials = new VehicleCredentialRepository(db);
  return async (username, password) => {
    if (username === platform.username) {
      return sameSecret(password, platform.password) ? { kind: 'platform' } : undefined;
    }
    return (await verifyVehicleSecret(credentials, username, password))
      ? { kind: 'vehicle', vehicleId: username }
      : undefined;
  };
}

/**
 * Makes the embedded broker enforce the platform's credentials, disconnect vehicles whose credentials were
 * revoked, and count its refusals in /metrics. Returns the account the ingest must use.
 */
export function secureEmbeddedBroker(broker: EmbeddedBroker, core: CoreServices): PlatformMqttAccount {
  const account = embeddedPlatformAccount();
  broker.useAuthenticator(brokerAuthenticator(core.pool, account));
  const refused = core.metrics.counter('mqtt_broker_refused_total', 'Embedded broker refusals, by reason', ['reason']);
  broker.onRefused((reason) => refused.inc({ reason }));
  core.bus.subscribe((message) => {
    if (message.type === 'vehicle-credentials-revoked') broker.disconnectVehicle(message.vehicleId);
  });
  return account;
}
