import type { ApiSession } from '../platform-clients.js';

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
    for (let i = 0; i < repeat; i++) {
      const startMs = performance.now();
      const res = await api().fetch(path);
      const body = await res.arrayBuffer();
      times.push(performance.now() - startMs);
      status = res.status;
      bytes = body.byteLength;
    }
    times.sort((a, b) => a - b);
    out.push({
      name,
      path,
      status,
      medianMs: Math.round(times[Math.floor(times.length / 2)] ?? 0),
      maxMs: Math.round(times.at(-1) ?? 0),
      note: status === 404 ? 'endpoint not available in this build' : `${Math.round(bytes / 1024)} KiB`,
    });
  }
  return out;
}
