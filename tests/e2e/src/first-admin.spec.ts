import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEV, removeDataDir, type RunningPlatform, signIn, startPlatform } from '@fleet/platform-harness';

const ROOT = resolve(import.meta.dirname, '../../..');
const dataDir = mkdtempSync(join(tmpdir(), 'fleet-e2e-first-admin-'));
let platform: RunningPlatform | undefined;

afterAll(async () => {
  await platform?.stop();
  removeDataDir(dataDir);
});

const createAccount = (password: string, ...args: string[]) =>
  execFileSync('npm', ['run', '-s', 'account:create', '--', ...args], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, ACCOUNT_PASSWORD: password, LOG_LEVEL: 'warn' },
    stdio: 'pipe',
  });

describe('an installation without the demo fleet', () => {
  it('gets its first admin from `npm run account:create`, and has no development accounts', async () => {
    expect(() => createAccount('short', '--username', 'chief', '--role', 'admin')).toThrow(/at least 10 characters/);
    createAccount('chief-password-1', '--username', 'chief', '--role', 'admin', '--display-name', '平台管理员');

    platform = await startPlatform({ DEMO_FLEET: 'false' }, dataDir);
    const chief = await signIn(platform.httpUrl, { username: 'chief', password: 'chief-password-1' });
    expect(chief.tokens.user).toMatchObject({ username: 'chief', role: 'admin', displayName: '平台管理员' });
    expect((await chief.get<{ total: number }>('/api/v1/vehicles')).total).toBe(0);
    await expect(signIn(platform.httpUrl, DEV.regulator)).rejects.toThrow(/401/);
    const audit = await chief.get<{ items: { action: string; actorId: string }[] }>('/api/v1/audit');
    expect(audit.items.some((e) => e.action === 'account.create' && e.actorId.startsWith('cli:'))).toBe(true);
    // Two embedded-database starts by the command and one platform start: minutes on a loaded 2-core machine.
  }, 180_000);
});
