import { useEffect, useState } from 'react';
import type { AlertsApi } from '@fleet/console-admin-api';
import type { AlertStore, LiveConnection } from '@fleet/console-live';

/** Unresolved alerts loaded per status; the server's maximum page is 1000, the panel needs far fewer. */
export const UNRESOLVED_LOAD_LIMIT = 500;
const UNRESOLVED_STATUSES = ['open', 'acknowledged'] as const;

/**
 * Loads the unresolved alerts into the store each time the live socket (re)connects: pushes missed while it was
 * down are only known to the server. Returns whether the last load failed (the next connect tries again).
 */
export function useAlertFeed(store: AlertStore, api: AlertsApi, connection: LiveConnection): boolean {
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let inFlight: AbortController | null = null;
    let wasLive = false;
    const load = () => {
      inFlight?.abort();
      const controller = new AbortController();
      inFlight = controller;
      const ticket = store.beginLoad(Date.now());
      Promise.all(
        UNRESOLVED_STATUSES.map((status) => api.list({ status, limit: UNRESOLVED_LOAD_LIMIT }, controller.signal)),
      )
        .then((pages) => {
          if (controller.signal.aborted) return;
          store.applyLoad(ticket, {
            items: pages.flatMap((p) => p.items),
            counts: pages[0]?.unresolved ?? { info: 0, warning: 0, critical: 0 },
            complete: pages.every((p) => p.items.length < UNRESOLVED_LOAD_LIMIT),
          });
          setFailed(false);
        })
        .catch((error: unknown) => {
          store.abandonLoad(ticket);
          if (controller.signal.aborted) return;
          console.warn('[console] loading the unresolved alerts failed', error);
          setFailed(true);
        });
    };
    const onStatus = () => {
      const live = connection.status === 'live';
      if (live && !wasLive) load();
      wasLive = live;
    };
    const unsubscribe = connection.subscribe(onStatus);
    onStatus();
    return () => {
      unsubscribe();
      inFlight?.abort();
    };
  }, [store, api, connection]);

  return failed;
}
