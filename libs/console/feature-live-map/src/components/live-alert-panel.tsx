import { useCallback } from 'react';
import type { AlertView } from '@fleet/alerts-model';
import type { AlertsApi } from '@fleet/console-admin-api';
import { AlertPanel } from '@fleet/console-compliance';
import type { AlertStore, FleetStore, LiveConnection } from '@fleet/console-live';
import { useFleetLayoutVersion } from '../hooks/use-fleet-layout-version.js';

export type LiveAlertPanelProps = {
  alerts: AlertStore;
  /** Where plates come from: the panel looks them up again when vehicles join, not on every move. */
  store: FleetStore;
  api: AlertsApi;
  connection: LiveConnection;
  mayAct: boolean;
  onSelect: (alert: AlertView) => void;
  historyHref: string;
};

/** The alert panel of the live map, showing the live fleet's plates. */
export function LiveAlertPanel({ alerts, store, api, connection, mayAct, onSelect, historyHref }: LiveAlertPanelProps) {
  const fleetLayoutVersion = useFleetLayoutVersion(store);
  const plateOf = useCallback((vehicleId: string) => store.plateOf(vehicleId), [store]);
  return (
    <AlertPanel
      alerts={alerts}
      api={api}
      connection={connection}
      plateOf={plateOf}
      fleetLayoutVersion={fleetLayoutVersion}
      mayAct={mayAct}
      onSelect={onSelect}
      historyHref={historyHref}
    />
  );
}
