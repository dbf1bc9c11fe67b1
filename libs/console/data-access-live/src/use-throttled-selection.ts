import { useMemo, useSyncExternalStore } from 'react';
import { ThrottledSelection, type ThrottledSelectionOptions, type VersionedSource } from './throttled-selection.js';

/**
 * Re-renders the caller with `select(source)` at most once per `READOUT_INTERVAL_MS`, and only when the selected
 * value changed (by `equals`). Pass a `select` (and `equals`) that keep their identity across renders, e.g. a
 * module-level function or `useCallback`: a new one starts a new selection.
 */
export function useThrottledSelection<S extends VersionedSource, T>(
  source: S,
  select: (source: S) => T,
  options: ThrottledSelectionOptions<T> = {},
): T {
  const { intervalMs, equals } = options;
  const selection = useMemo(
    () => new ThrottledSelection(source, select, { intervalMs, equals }),
    [source, select, intervalMs, equals],
  );
  return useSyncExternalStore(selection.subscribe, selection.getSnapshot);
}
