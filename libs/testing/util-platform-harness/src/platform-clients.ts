import type { AuthTokens } from '@fleet/auth-model';
import { demoVehicleSecret } from '@fleet/demo-fleet';
import mqtt, { type IClientOptions, type MqttClient } from 'mqtt';

/** DEVELOPMENT ACCOUNTS the demo start-up creates (README, "Development accounts"). */
export const DEV = {
  admin: { username: 'admin', password: 'admin-dev-password' },
  regulator: { username: 'regulator', password: 'regulator-dev-password' },
  assessor: { username: 'assessor', password: 'assessor-dev-password' },
  operator01: { username: 'operator-01', password: 'operator-dev-password' },
  operator02: { username: 'operator-02', password: 'operator-dev-password' },
} as const;

/** A signed-in API client: the session's tokens plus fetch helpers that send them. */
export type ApiSession = {
  tokens: AuthTokens;
  fetch(path: string, init?: RequestInit): Promise<Response>;
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body: unknown): Promise<T>;
};

export async function login(httpUrl: string, account: { username: string; password: string }): Promise<AuthTokens> {
  const res = await fetch(`${httpUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: account.username, password: account.password }),
  });
  if (!res.ok) throw new Error(`login of ${account.username} answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as AuthTokens;
}

export async function signIn(httpUrl: string, account: { username: string; password: string }): Promise<ApiSession> {
  const tokens = await login(httpUrl, account);
  const authorized = (path: string, init: RequestInit = {}) =>
    fetch(`${httpUrl}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${tokens.accessToken}`, 'content-type': 'application/json', ...init.headers },
    });
  const json = async <T>(res: Response, what: string): Promise<T> => {
    if (!res.ok) throw new Error(`${what} answered ${res.status}: ${await res.text()}`);
    return (await res.json()) as T;
  };
  return {
    tokens,
    fetch: authorized,
    get: async <T>(path: string) => json<T>(await authorized(path), path),
    post: async <T>(path: string, body: unknown) =>
      json<T>(await authorized(path, { method: 'POST', body: JSON.stringify(body) }), path),
  };
}

/** An MQTT connection as a vehicle's terminal makes it: user name and client id = vehicle id. */
export function connectVehicle(
  mqttUrl: string,
  vehicleId: string,
  secret = demoVehicleSecret(vehicleId),
  options: IClientOptions = {},
): Promise<MqttClient> {
  return mqtt.connectAsync(mqttUrl, {
    clientId: vehicleId,
    username: vehicleId,
    password: secret,
    protocolVersion: 4,
    reconnectPeriod: 0,
    ...options,
  });
}
