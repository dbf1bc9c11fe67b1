import { useCallback, useEffect, useState } from 'react';

export type RemoteData<T> = {
  /** The last answer for the current `load` (undefined until the first arrives). */
  data: T | undefined;
  loading: boolean;
  /** Why the last attempt failed; null after a success. */
  error: unknown;
  /** Loads again, keeping what is shown until the new answer arrives. */
  reload: () => void;
};

type Loaded<T> = { source: unknown; data: T | undefined; loading: boolean; error: unknown };

/**
 * Loads with `load` (memoised by the caller: a new function means "other data", e.g. another vehicle) and aborts
 * what is in flight when it changes or the caller unmounts. Data of a previous `load` is never shown for a new one.
 */
export function useRemoteData<T>(load: (signal: AbortSignal) => Promise<T>, what: string): RemoteData<T> {
  const [state, setState] = useState<Loaded<T>>({ source: load, data: undefined, loading: true, error: null });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setState((s) =>
      s.source === load
        ? { ...s, loading: true, error: null }
        : { source: load, data: undefined, loading: true, error: null },
    );
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ source: load, data, loading: false, error: null });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        console.warn(`[console] loading ${what} failed`, error);
        setState((s) => ({ ...s, loading: false, error }));
      },
    );
    return () => controller.abort();
  }, [load, attempt, what]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const current = state.source === load;
  return {
    data: current ? state.data : undefined,
    loading: current ? state.loading : true,
    error: current ? state.error : null,
    reload,
  };
}
