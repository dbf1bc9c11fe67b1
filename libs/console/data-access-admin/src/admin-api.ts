import { AccountsApi } from './accounts-api.js';
import { AdminHttp } from './admin-http.js';
import { AuditApi } from './audit-api.js';
import { OwnPasswordApi } from './own-password-api.js';
import { VehicleCredentialsApi } from './vehicle-credentials-api.js';

/** The access-control endpoints, all sent through one (authorized) fetch. */
export type AdminApi = {
  audit: AuditApi;
  accounts: AccountsApi;
  credentials: VehicleCredentialsApi;
  password: OwnPasswordApi;
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
  };
}
