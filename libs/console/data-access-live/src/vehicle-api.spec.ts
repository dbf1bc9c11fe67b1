import { describe, expect, it } from 'vitest';
import { ApiError, VehicleApi } from './vehicle-api.js';

/** Records each call and answers with the status given. */
function recordingFetch(status: number) {
  const calls: { url: string; accept: string | null }[] = [];
  const fetchFn: typeof fetch = (input, init) => {
    calls.push({
      url: typeof input === 'string' ? input : 'not a string',
      accept: new Headers(init?.headers).get('accept'),
    });
    return Promise.resolve(new Response(JSON.stringify({ items: [], total: 0 }), { status }));
  };
  return { calls, fetchFn };
}

describe(VehicleApi.name, () => {
  it('sends every request through the fetch it was given (the session’s authorized fetch)', async () => {
    const { calls, fetchFn } = recordingFetch(200);
    const api = new VehicleApi(fetchFn, 'http://api.test');
    expect(await api.search('沪A')).toEqual({ items: [], total: 0 });
    expect(calls).toEqual([{ url: 'http://api.test/api/v1/vehicles?q=%E6%B2%AAA', accept: 'application/json' }]);
  });

  it('turns a refusal into an ApiError with its status (403: role not allowed)', async () => {
    const { fetchFn } = recordingFetch(403);
    const error = await new VehicleApi(fetchFn).vehicle('v-1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(403);
  });
});
