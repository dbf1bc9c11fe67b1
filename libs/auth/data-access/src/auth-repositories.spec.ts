import { startMigratedTestDatabase, type TestDatabase } from '@fleet/db/testing';
import type { Pool } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditLogRepository } from './audit-log.repository.js';
import { sha256 } from './secrets.js';
import { SessionRepository } from './session.repository.js';
import { UserRepository } from './user.repository.js';
import { VehicleCredentialRepository } from './vehicle-credential.repository.js';

// The real database (embedded TimescaleDB), migrated from empty: the rules below live in SQL, so they are tested there.
let db: TestDatabase;
let pool: Pool;

beforeAll(async () => {
  db = await startMigratedTestDatabase('auth');
  pool = db.pool;
}, 60_000);

afterAll(() => db?.stop());

const scopeA = { kind: 'enterprise', enterpriseId: 'ent-a' } as const;

describe(AuditLogRepository.name, () => {
  it('appends and lists newest first, and the database refuses to change or delete an entry', async () => {
    const log = new AuditLogRepository(pool);
    const entry = {
      actorRole: 'regulator',
      actorName: 'regulator',
      enterpriseId: null,
      outcome: 'success',
      ip: '127.0.0.1',
      userAgent: 'test',
    } as const;
    await log.append({ ...entry, actorId: 'u1', action: 'auth.login' });
    await log.append({ ...entry, actorId: 'u1', action: 'evidence.view', targetType: 'incident', targetId: 'i-1' });
    const items = await log.list({ limit: 10 });
    expect(items.map((e) => e.action)).toEqual(['evidence.view', 'auth.login']);
    expect(items[0]).toMatchObject({
      targetType: 'incident',
      targetId: 'i-1',
      ip: '127.0.0.1',
      actorName: 'regulator',
    });

    await expect(pool.query(`UPDATE audit_log SET actor_id = 'someone-else'`)).rejects.toThrow(/append-only/);
    await expect(pool.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
    await expect(pool.query('TRUNCATE audit_log')).rejects.toThrow(/append-only/);
    expect(await log.list({ limit: 10 })).toHaveLength(2);
  });
});

describe(VehicleCredentialRepository.name, () => {
  it('treats another enterprise’s vehicle as missing for issue, list and revoke', async () => {
    const credentials = new VehicleCredentialRepository(pool);
    expect(await credentials.issue(scopeA, 'B-1', sha256('s'), 'op-a', 0)).toBeUndefined();
    expect(await credentials.list(scopeA, 'B-1')).toBeUndefined();
    expect(await credentials.revoke(scopeA, 'B-1', undefined, 'op-a')).toBeUndefined();
    expect(await credentials.activeSecretHashes('B-1')).toEqual([]);
  });

  it('replaces secrets on rotation, or keeps the old one for a grace period, and revokes', async () => {
    const credentials = new VehicleCredentialRepository(pool);
    const first = await credentials.issue(scopeA, 'A-1', sha256('first'), 'op-a', 0);
    expect(first?.active).toBe(true);
    await credentials.issue(scopeA, 'A-1', sha256('second'), 'op-a', 0);
    expect(await credentials.activeSecretHashes('A-1')).toEqual([sha256('second')]);
    await credentials.issue(scopeA, 'A-1', sha256('third'), 'op-a', 60_000);
    expect((await credentials.activeSecretHashes('A-1')).map((h) => h.toString('hex')).sort()).toEqual(
      [sha256('second'), sha256('third')].map((h) => h.toString('hex')).sort(),
    );
    const listed = await credentials.list({ kind: 'all' }, 'A-1');
    expect(listed?.filter((c) => c.active)).toHaveLength(2);
    expect(listed?.find((c) => c.active && c.expiresAt !== null)).toBeDefined();
    expect(await credentials.revoke(scopeA, 'A-1', undefined, 'op-a')).toHaveLength(2);
    expect(await credentials.activeSecretHashes('A-1')).toEqual([]);
  });
});

describe(SessionRepository.name, () => {
  it('rotates a refresh digest once: a second rotation with the same digest loses', async () => {
    const users = new UserRepository(pool);
    await users.createIfMissing({
      username: 'op-a',
      displayName: 'A',
      role: 'operator',
      enterpriseId: 'ent-a',
      passwordHash: 'x',
    });
    const user = (await users.findByUsername('op-a'))!;
    const sessions = new SessionRepository(pool);
    const id = await sessions.create(user.id, sha256('r1'), 60_000, { ip: null, userAgent: null });
    expect(await sessions.rotate(id, sha256('r1'), sha256('r2'))).toBe(true);
    expect(await sessions.rotate(id, sha256('r1'), sha256('r3'))).toBe(false);
    expect(await sessions.isActive(id)).toBe(true);
    await sessions.revoke(id, 'test');
    expect(await sessions.isActive(id)).toBe(false);
    expect(await sessions.rotate(id, sha256('r2'), sha256('r4'))).toBe(false);
  });

  it('refuses an operator without an enterprise and a regulator with one', async () => {
    const users = new UserRepository(pool);
    const user = { displayName: 'x', passwordHash: 'x' };
    await expect(
      users.createIfMissing({ ...user, username: 'op-x', role: 'operator', enterpriseId: null }),
    ).rejects.toThrow();
    await expect(
      users.createIfMissing({ ...user, username: 'reg-x', role: 'regulator', enterpriseId: 'ent-a' }),
    ).rejects.toThrow();
  });
});
