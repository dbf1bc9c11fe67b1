import { useCallback, useMemo, useState, type ReactNode } from 'react';
import type { AuthUser } from '@fleet/auth-model';
import { createAdminApi } from '@fleet/console-admin-api';
import {
  AccountsPage,
  AuditLogPage,
  ChangePasswordDialog,
  mayManageVehicleCredentials,
  pagesFor,
  VehicleCredentialsContainer,
} from '@fleet/console-admin-pages';
import type { AuthSession } from '@fleet/console-auth';
import { AlertHistoryPage, mayActOnAlerts, PermitsPage } from '@fleet/console-compliance';
import { DashboardPage, PromotionPage, ReportsPage } from '@fleet/console-dashboard';
import { IncidentsPage, mayWriteIncidents, useReportIncidentAt } from '@fleet/console-incidents';
import { createIncidentsApi } from '@fleet/console-incidents-api';
import { VehicleApi } from '@fleet/console-live';
import { RegistryPage } from '@fleet/console-registry';
import { ReplayPage } from '@fleet/console-replay';
import { createReportsApi } from '@fleet/console-reports-api';
import type { VehicleSummary } from '@fleet/fleet-model';
import { ConsoleNavigation, CurrentUser, type ConsoleChrome, type ConsolePage } from '@fleet/console-ui';
import { useLocationHash } from '../hooks/use-location-hash.js';
import type { ConsoleConfig } from '../utils/console-config.js';
import { hrefOfPage, pageFromHash, shownPage } from '../utils/console-route.js';
import { LiveMapPage } from './live-map-page.js';

export type SignedInConsoleProps = { config: ConsoleConfig; session: AuthSession; user: AuthUser };

/**
 * Everything after sign-in: the header chrome shared by all pages, the page the hash names (when the role has
 * it), and the change-password dialog. Only one page is mounted: leaving the map closes its socket, coming back
 * opens a new one with a fresh snapshot.
 */
export function SignedInConsole({ config, session, user }: SignedInConsoleProps) {
  const [api] = useState(() => createAdminApi(session.authorizedFetch, config.apiBaseUrl));
  const [reports] = useState(() => createReportsApi(session.authorizedFetch, config.apiBaseUrl));
  const [incidents] = useState(() => createIncidentsApi(session.authorizedFetch, config.apiBaseUrl));
  const [vehicles] = useState(() => new VehicleApi(session.authorizedFetch, config.apiBaseUrl));
  const reportIncidentAt = useReportIncidentAt(incidents);
  const raster = useMemo(
    () =>
      config.rasterTileUrl
        ? { url: config.rasterTileUrl, tileSize: config.rasterTileSize, attribution: config.rasterAttribution }
        : null,
    [config],
  );
  const hash = useLocationHash();
  const pages = pagesFor(user.role);
  const page = shownPage(pageFromHash(hash), pages);
  const [changingPassword, setChangingPassword] = useState(false);

  const logout = useCallback(() => {
    session.logout().catch((error: unknown) => console.error('[console] logout failed', error));
  }, [session]);

  const chrome = useMemo<ConsoleChrome>(
    () => ({
      // 轨迹回放 is opened from a vehicle's panel or an incident (its form then adds vehicles), not from the menu:
      // without vehicles and a time range it has nothing to show.
      navigation: <ConsoleNavigation pages={pages.filter((p) => p !== 'replay')} current={page} hrefOf={hrefOfPage} />,
      account: (
        <CurrentUser
          displayName={user.displayName}
          role={user.role}
          onChangePassword={() => setChangingPassword(true)}
          onLogout={logout}
        />
      ),
    }),
    [pages, page, user, logout],
  );

  const renderVehicleSections = useMemo(
    () =>
      mayManageVehicleCredentials(user.role)
        ? (vehicle: VehicleSummary) => (
            <VehicleCredentialsContainer
              key={vehicle.id}
              api={api.credentials}
              vehicleId={vehicle.id}
              vehicleLabel={vehicle.plate}
            />
          )
        : undefined,
    [api, user.role],
  );

  const pageElement = (shown: ConsolePage): ReactNode => {
    switch (shown) {
      case 'live':
        return (
          <LiveMapPage
            config={config}
            session={session}
            chrome={chrome}
            renderVehicleSections={renderVehicleSections}
            api={api}
            mayActOnAlerts={mayActOnAlerts(user.role)}
          />
        );
      case 'dashboard':
        return (
          <DashboardPage
            api={api}
            reports={reports}
            user={user}
            chrome={chrome}
            rasterTiles={
              config.rasterTileUrl
                ? { url: config.rasterTileUrl, tileSize: config.rasterTileSize, attribution: config.rasterAttribution }
                : null
            }
          />
        );
      case 'promotion':
        return <PromotionPage api={api} reports={reports} user={user} chrome={chrome} />;
      case 'reports':
        return <ReportsPage api={api} reports={reports} user={user} chrome={chrome} />;
      case 'alerts':
        return <AlertHistoryPage api={api} user={user} chrome={chrome} />;
      case 'incidents':
        return (
          <IncidentsPage
            api={api}
            incidents={incidents}
            vehicles={vehicles}
            user={user}
            chrome={chrome}
            hash={hash}
            raster={raster}
          />
        );
      case 'replay':
        return (
          <ReplayPage
            api={api}
            vehicles={vehicles}
            chrome={chrome}
            hash={hash}
            raster={raster}
            onReportAt={mayWriteIncidents(user.role) ? reportIncidentAt : undefined}
          />
        );
      case 'permits':
        return <PermitsPage api={api} user={user} chrome={chrome} />;
      case 'registry':
        return <RegistryPage api={api} user={user} chrome={chrome} />;
      case 'audit':
        return <AuditLogPage api={api} user={user} chrome={chrome} />;
      case 'accounts':
        return <AccountsPage api={api} user={user} chrome={chrome} />;
    }
  };

  return (
    <>
      {pageElement(page)}
      {changingPassword ? <ChangePasswordDialog api={api.password} onClose={() => setChangingPassword(false)} /> : null}
    </>
  );
}
