import { AccountsApi } from './accounts-api.js';
import { AdminHttp } from './admin-http.js';
import { AlertsApi } from './alerts-api.js';
import { AuditApi } from './audit-api.js';
import { EnterprisesApi } from './enterprises-api.js';
import { OwnPasswordApi } from './own-password-api.js';
import { PermitsApi } from './permits-api.js';
import { SafetyOfficersApi } from './safety-officers-api.js';
import { VehicleCredentialsApi } from './vehicle-credentials-api.js';
import { VehiclesApi } from './vehicles-api.js';
import { ZonesApi } from './zones-api.js';

/** The access-control, compliance and registry endpoints, all sent through one (authorized) fetch. */
export type AdminApi = {
  audit: AuditApi;
  accounts: AccountsApi;
  credentials: VehicleCredentialsApi;
  password: OwnPasswordApi;
  alerts: AlertsApi;
  permits: PermitsApi;
  zones: ZonesApi;
  enterprises: EnterprisesApi;
  vehicles: VehiclesApi;
  officers: SafetyOfficersApi;
};

/**
 * `fetchFn` is meant to be the session's `authorizedFetch`: it is required so an unauthenticated client cannot
 * be built by forgetting an argument. `baseUrl` empty: the page's own origin.
 */
export function createAdminApi(fetchFn: typeof fetch, baseUrl = ''): AdminApi {
  const http = new AdminHttp(fetchFn, baseUrl);
  return {
    audit: new AuditApi(http),
    accounts: new AccountsApi(http),
    credentials: new VehicleCredentialsApi(http),
    password: new OwnPasswordApi(http),
    alerts: new AlertsApi(http),
    permits: new PermitsApi(http),
    zones: new ZonesApi(http),
    enterprises: new EnterprisesApi(http),
    vehicles: new VehiclesApi(http),
    officers: new SafetyOfficersApi(http),
  };
}
