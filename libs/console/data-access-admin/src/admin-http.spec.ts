import { describe, expect, it } from 'vitest';
import { AdminApiError, isAdminApiError } from './admin-api-error.js';
import { AdminHttp, fileNameOf } from './admin-http.js';
import { ScriptedFetch } from './testing/scripted-fetch.js';

const isOk = (v: unknown): v is { ok: true } => typeof v === 'object' && v !== null && 'ok' in v;

async function failure(promise: Promise<unknown>): Promise<AdminApiError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AdminApiError)) throw new Error(`expected an AdminApiError, got ${String(error)}`);
  return error;
}

describe(AdminHttp.name, () => {
  it('sends JSON with the headers the API expects and reads the answer', async () => {
    const server = new ScriptedFetch().answer('POST', 'http://api.test/x', 200, { ok: true });
    const http = new AdminHttp(server.fetch, 'http://api.test');
    expect(await http.json('POST', '/x', isOk, { a: 1 })).toEqual({ ok: true });
    expect(server.last).toEqual({
      method: 'POST',
      url: 'http://api.test/x',
      accept: 'application/json',
      contentType: 'application/json',
      body: { a: 1 },
    });
  });

  it('reads the error code the server sent', async () => {
    const server = new ScriptedFetch().answer('POST', '/x', 409, { error: { code: 'conflict', message: 'taken' } });
    const error = await failure(new AdminHttp(server.fetch, '').json('POST', '/x', isOk, {}));
    expect([error.status, error.code]).toEqual([409, 'conflict']);
    expect(error.message).toContain('taken');
  });

  it('keeps the problems a 400 lists, and drops details that are not such a list', async () => {
    const issues = [{ path: 'features.0.geometry.coordinates.0', message: 'a ring must be closed' }];
    const server = new ScriptedFetch().answer('POST', '/x', 400, {
      error: { code: 'invalid_request', message: 'request validation failed', details: issues },
    });
    expect((await failure(new AdminHttp(server.fetch, '').json('POST', '/x', isOk, {}))).issues).toEqual(issues);
    server.answer('POST', '/x', 400, { error: { code: 'invalid_request', message: 'x', details: 'free text' } });
    expect((await failure(new AdminHttp(server.fetch, '').json('POST', '/x', isOk, {}))).issues).toEqual([]);
  });

  it('falls back to the status when the body is not the error contract (a proxy page)', async () => {
    const server = new ScriptedFetch().answer('GET', '/x', 403, '<html>forbidden</html>');
    expect((await failure(new AdminHttp(server.fetch, '').json('GET', '/x', isOk))).code).toBe('forbidden');
    server.answer('GET', '/x', 502, 'Bad gateway');
    expect((await failure(new AdminHttp(server.fetch, '').json('GET', '/x', isOk))).code).toBe('internal');
  });

  it('refuses a 200 answer that is not the contract', async () => {
    const server = new ScriptedFetch().answer('GET', '/x', 200, { something: 'else' });
    expect((await failure(new AdminHttp(server.fetch, '').json('GET', '/x', isOk))).code).toBe('unexpected_response');
  });

  it('reports an unreachable server with status 0', async () => {
    const server = new ScriptedFetch().failNetwork('GET', '/x');
    const error = await failure(new AdminHttp(server.fetch, '').json('GET', '/x', isOk));
    expect([error.status, error.code]).toEqual([0, 'unreachable']);
    expect(isAdminApiError(error, 'unreachable')).toBe(true);
  });

  it('passes other fetch errors (the session signed out, an abort) through unchanged', async () => {
    const signedOut = new Error('not signed in');
    const http = new AdminHttp(() => Promise.reject(signedOut), '');
    await expect(http.noContent('POST', '/x', {})).rejects.toBe(signedOut);
  });

  it('accepts 204 No Content', async () => {
    const server = new ScriptedFetch().answer('PATCH', '/x', 204);
    await expect(new AdminHttp(server.fetch, '').noContent('PATCH', '/x', { disabled: true })).resolves.toBeUndefined();
  });

  it('reads a file answer as text with the file name the server suggests, asking for its type', async () => {
    let accept: string | null = null;
    const http = new AdminHttp((_input, init) => {
      accept = new Headers(init?.headers).get('accept');
      return Promise.resolve(
        new Response('a,b\r\n1,2\r\n', {
          status: 200,
          headers: { 'content-type': 'text/csv', 'content-disposition': 'attachment; filename="log.csv"' },
        }),
      );
    }, '');
    expect(await http.file('/x.csv', 'text/csv')).toEqual({ text: 'a,b\r\n1,2\r\n', fileName: 'log.csv' });
    expect(accept).toBe('text/csv');
  });

  it('turns a refused file request into an AdminApiError like any other call', async () => {
    const server = new ScriptedFetch().answer('GET', '/x.csv', 403, { error: { code: 'forbidden', message: 'no' } });
    const error = await failure(new AdminHttp(server.fetch, '').file('/x.csv', 'text/csv'));
    expect([error.status, error.code]).toEqual([403, 'forbidden']);
  });
});

describe(fileNameOf.name, () => {
  it('prefers the UTF-8 file name and falls back to the plain one', () => {
    expect(fileNameOf(`attachment; filename="r.csv"; filename*=UTF-8''%E6%8A%A5%E5%91%8A.csv`)).toBe('报告.csv');
    expect(fileNameOf('attachment; filename=plain.csv')).toBe('plain.csv');
    expect(fileNameOf('attachment')).toBeNull();
    expect(fileNameOf(null)).toBeNull();
  });
});
