import { useEffect } from 'react';
import type { AuthUser } from '@fleet/auth-model';
import type { AdminApi } from '@fleet/console-admin-api';
import type { IncidentsApi } from '@fleet/console-incidents-api';
import type { VehicleApi } from '@fleet/console-live';
import type { RasterTileLayerProps } from '@fleet/console-map';
import { useI18n } from '@fleet/console-i18n';
import { ConsoleLayout, type ConsoleChrome } from '@fleet/console-ui';
import { incidentIdOf } from '../utils/incident-route.js';
import { IncidentDetailView } from './incident-detail-view.js';
import { IncidentList } from './incident-list.js';

export type IncidentsPageProps = {
  api: AdminApi;
  incidents: IncidentsApi;
  vehicles: VehicleApi;
  user: AuthUser;
  chrome: ConsoleChrome;
  /** `#/incidents` shows the list, `#/incidents/{id}` one incident. */
  hash: string;
  raster: RasterTileLayerProps | null;
};

/** 事故事件: the list with its deadline clocks, or one incident with its report, evidence and replay. */
export function IncidentsPage({ api, incidents, vehicles, user, chrome, hash, raster }: IncidentsPageProps) {
  const { t } = useI18n();
  const id = incidentIdOf(hash);

  useEffect(() => {
    document.title = `${id === null ? t('incidents.title') : t('incidents.detailTitle', { id })} · ${t('app.title')}`;
  }, [t, id]);

  return (
    <ConsoleLayout chrome={chrome} scrollContent>
      {id === null ? (
        <IncidentList incidents={incidents} user={user} />
      ) : (
        <IncidentDetailView
          key={id}
          id={id}
          api={api}
          incidents={incidents}
          vehicles={vehicles}
          user={user}
          raster={raster}
        />
      )}
    </ConsoleLayout>
  );
}
