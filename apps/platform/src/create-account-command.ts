/**
 * `ACCOUNT_PASSWORD=… npm run account:create -- --username admin --role admin --display-name 管理员 [--enterprise ID]`:
 * creates an account directly in the database — how a production installation gets its first admin (the
 * development accounts exist only with the demo fleet). The password comes from the environment so it stays out of
 * shell history. With the embedded database, stop the platform first (it holds the only connection).
 */
import { newAccountRequest } from '@fleet/auth';
import { AuditLogRepository, hashPassword, UserRepository } from '@fleet/auth-data';
import { runService } from '@fleet/bootstrap';
import { createPool, migrate, startEmbeddedDatabase } from '@fleet/db';
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { z } from 'zod';

runService('account', async (config, log) => {
  const { values } = parseArgs({
    options: {
      username: { type: 'string' },
      role: { type: 'string' },
      'display-name': { type: 'string' },
      enterprise: { type: 'string' },
    },
  });
  const parsed = newAccountRequest.safeParse({
    username: values.username,
    role: values.role,
    displayName: values['display-name'] ?? values.username,
    enterpriseId: values.enterprise ?? null,
    password: process.env['ACCOUNT_PASSWORD'],
  });
  if (!parsed.success) {
    console.error(`cannot create the account (password from ACCOUNT_PASSWORD):\n${z.prettifyError(parsed.error)}`);
    process.exit(2);
  }
  const account = parsed.data;
  const embedded = config.db.url ? undefined : await startEmbeddedDatabase({ dataDir: config.db.dataDir, port: 0 });
  const pool = createPool({ url: config.db.url ?? embedded!.url, max: 1, applicationName: 'fleet-account' });
  try {
    await migrate(pool);
    const created = await new UserRepository(pool).create({
      ...account,
      passwordHash: await hashPassword(account.password),
    });
    if (!created) throw new Error(`user name ${account.username} is taken`);
    await new AuditLogRepository(pool).append({
      actorId: `cli:${userInfo().username}`,
      actorName: userInfo().username,
      actorRole: 'system',
      enterpriseId: null,
      action: 'account.create',
      targetType: 'user',
      targetId: created.id,
      outcome: 'success',
      ip: null,
      userAgent: 'npm run account:create',
      details: { username: created.username, role: created.role, enterpriseId: created.enterpriseId },
    });
    log.info({ username: created.username, role: created.role }, 'account created');
  } finally {
    await pool.end();
    await embedded?.stop();
  }
  process.exit(0);
});
