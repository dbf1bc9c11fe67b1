import type { AuthUser } from '@fleet/auth-model';
import { hashPassword, type UserRepository } from '@fleet/auth-data';

/**
 * DEVELOPMENT ACCOUNTS: created only with the demo fleet, which production mode never starts (README lists them).
 * Their passwords are public by design; never use them anywhere reachable from outside a developer's machine.
 */
export const DEVELOPMENT_ACCOUNTS: (Omit<AuthUser, 'id'> & { password: string })[] = [
  { username: 'admin', displayName: '平台管理员', role: 'admin', enterpriseId: null, password: 'admin-dev-password' },
  {
    username: 'regulator',
    displayName: '嘉定区车城网监管',
    role: 'regulator',
    enterpriseId: null,
    password: 'regulator-dev-password',
  },
  {
    username: 'assessor',
    displayName: '第三方评估机构',
    role: 'assessor',
    enterpriseId: null,
    password: 'assessor-dev-password',
  },
  ...[1, 2, 3, 4, 5, 6, 7].map((n) => {
    const enterprise = `ent-demo-0${n}`;
    return {
      username: `operator-0${n}`,
      displayName: `测试主体运营 ${enterprise}`,
      role: 'operator' as const,
      enterpriseId: enterprise,
      password: 'operator-dev-password',
    };
  }),
];

/** Creates the development accounts that do not exist yet; returns how many were created. */
export async function seedDevelopmentAccounts(users: UserRepository): Promise<number> {
  let created = 0;
  for (const { password, ...account } of DEVELOPMENT_ACCOUNTS) {
    if (await users.findByUsername(account.username)) continue;
    if (await users.createIfMissing({ ...account, passwordHash: await hashPassword(password) })) created++;
  }
  return created;
}
