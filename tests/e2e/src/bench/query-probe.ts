import { type ApiSession } from '@fleet/platform-harness';

const QUERY_TIMEOUT_MS = 60_000;

export type QueryTiming = {
  name: string;
  path: string;
  status: number;
  medianMs: number;
  maxMs: number;
  note?: string;
};

/** Times API queries a regulator's console makes, each a few times, while the load runs. */
export async function timeQueries(api: () => ApiSession, queries: { name: string; path: string }[], repeat = 3) {
  const out: QueryTiming[] = [];
  for (const { name, path } of queries) {
    const times: number[] = [];
    let status = 0;
    let bytes = 0;
    let failure: string | undefined;
    for (let i = 0; i < repeat && failure === undefined; i++) {
      const startMs = performance.now();
      try {
        const res = await api().fetch(path, { signal: AbortSignal.timeout(QUERY_TIMEOUT_MS) });
        const body = await res.arrayBuffer();
        status = res.status;
        bytes = body.byteLength;
      } catch (error) {
        // A query that times out or loses its connection under load is a result, not a reason to stop the run.
        failure = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      }
      times.push(performance.now() - startMs);
    }
    times.sort((a, b) => a - b);
    out.push({
      name,
      path,
      status,
      medianMs: Math.round(times[Math.floor(times.length / 2)] ?? 0),
      maxMs: Math.round(times.at(-1) ?? 0),
      note: failure ?? (status === 404 ? 'endpoint not available in this build' : `${Math.round(bytes / 1024)} KiB`),
    });
  }
  return out;
}
