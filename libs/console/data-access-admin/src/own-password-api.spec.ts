import { describe, expect, it } from 'vitest';
import { AdminHttp } from './admin-http.js';
import { OwnPasswordApi } from './own-password-api.js';
import { ScriptedFetch } from './testing/scripted-fetch.js';

describe(OwnPasswordApi.name, () => {
  it('sends the current and the new password', async () => {
    const server = new ScriptedFetch().answer('POST', '/api/v1/auth/password', 204);
    await new OwnPasswordApi(new AdminHttp(server.fetch, '')).change('old-password', 'new-password-1');
    expect(server.last?.body).toEqual({ currentPassword: 'old-password', newPassword: 'new-password-1' });
  });

  it('reports a wrong current password as invalid_request', async () => {
    const server = new ScriptedFetch().answer('POST', '/api/v1/auth/password', 400, {
      error: { code: 'invalid_request', message: 'the current password is wrong' },
    });
    await expect(
      new OwnPasswordApi(new AdminHttp(server.fetch, '')).change('x', 'new-password-1'),
    ).rejects.toMatchObject({ status: 400, code: 'invalid_request' });
  });
});
