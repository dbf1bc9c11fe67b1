import { describe, expect, it } from 'vitest';
import { AccessTokenService } from './access-token.service.js';

const KEY = 'unit-test-key-0123456789abcdef0123456789';
const account = {
  id: 'u-1',
  username: 'regulator',
  displayName: '监管',
  role: 'regulator',
  enterpriseId: null,
  sessionId: 's-1',
} as const;

describe(AccessTokenService.name, () => {
  it('round-trips the account, its session and the expiry', async () => {
    const tokens = new AccessTokenService(KEY, 900_000);
    const { token, expiresAtMs } = await tokens.sign(account);
    expect(await tokens.verify(token)).toEqual({ ...account, tokenExpiresAtMs: expiresAtMs });
    expect(expiresAtMs - Date.now()).toBeGreaterThan(890_000);
  });

  it('refuses expired tokens, other keys, altered payloads and garbage', async () => {
    const tokens = new AccessTokenService(KEY, 900_000);
    const expired = await tokens.sign(account, Date.now() - 901_000);
    expect(await tokens.verify(expired.token)).toBeUndefined();
    const foreign = await new AccessTokenService(`${KEY}-other`, 900_000).sign(account);
    expect(await tokens.verify(foreign.token)).toBeUndefined();
    const { token } = await tokens.sign(account);
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const altered = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), role: 'admin' }),
    ).toString('base64url');
    expect(await tokens.verify(`${header}.${altered}.${signature}`)).toBeUndefined();
    for (const junk of ['', 'a.b.c', `${header}.${payload}.`]) expect(await tokens.verify(junk)).toBeUndefined();
  });
});
