import { useCallback, useRef, useState } from 'react';
import type { VehicleSummary } from '@fleet/fleet-model';
import type { FleetStore, VehicleApi } from '@fleet/console-live';
import { VehicleSearch, type VehicleSearchOption } from '@fleet/console-ui';

export type VehicleSearchContainerProps = {
  store: FleetStore;
  api: VehicleApi;
  /** Called with the chosen vehicle id; the page selects it and flies to it. */
  onFound: (vehicleId: string) => void;
};

const toOption = (v: VehicleSummary): VehicleSearchOption => ({
  id: v.id,
  plate: v.plate,
  vin: v.vin,
  category: v.category,
});

/** Suggests from the live store as you type; on Enter falls back to the API (`GET /api/v1/vehicles?q=`). */
export function VehicleSearchContainer({ store, api, onFound }: VehicleSearchContainerProps) {
  const [query, setQuery] = useState('');
  const [options, setOptions] = useState<VehicleSearchOption[]>([]);
  const [notFound, setNotFound] = useState(false);
  const pending = useRef<AbortController | null>(null);

  const onQueryChange = useCallback(
    (q: string) => {
      setQuery(q);
      setNotFound(false);
      setOptions(store.search(q, 10).map(toOption));
    },
    [store],
  );

  const pick = useCallback(
    (id: string) => {
      const v = store.vehicleById(id);
      setQuery(v?.plate ?? id);
      setOptions([]);
      onFound(id);
    },
    [store, onFound],
  );

  const onSubmit = useCallback(
    (q: string) => {
      const trimmed = q.trim();
      if (!trimmed) return;
      const local = store.search(trimmed, 1)[0];
      if (local) {
        pick(local.id);
        return;
      }
      pending.current?.abort();
      const controller = new AbortController();
      pending.current = controller;
      api
        .search(trimmed, controller.signal)
        .then((result) => {
          if (controller.signal.aborted) return;
          const first = result.items.find((v) => store.slotOf(v.id) !== undefined) ?? result.items[0];
          if (first) pick(first.id);
          else setNotFound(true);
        })
        .catch((error: unknown) => {
          if (controller.signal.aborted) return;
          console.warn('[console] vehicle search failed', error);
          setNotFound(true);
        });
    },
    [store, api, pick],
  );

  return (
    <VehicleSearch
      query={query}
      options={options}
      notFound={notFound}
      onQueryChange={onQueryChange}
      onSubmit={onSubmit}
      onPick={pick}
    />
  );
}
