import { useCallback } from 'react';
import type { AdminApi } from '@fleet/console-admin-api';
import { useRemoteData } from '@fleet/console-admin-pages';

/** Unresolved alerts of the caller's scope now (the alert list's counts by severity, summed); undefined until loaded. */
export function useOpenAlerts(api: AdminApi): number | undefined {
  const load = useCallback(
    async (signal: AbortSignal) => {
      const { unresolved } = await api.alerts.list({ limit: 1 }, signal);
      return Object.values(unresolved).reduce((a, b) => a + b, 0);
    },
    [api],
  );
  return useRemoteData(load, 'open alerts').data;
}
