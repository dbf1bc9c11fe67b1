import { describe, expect, it } from 'vitest';
import { needsEnterprise, newAccountOf, USERNAME_PATTERN } from './new-account.js';

describe(newAccountOf.name, () => {
  it('normalises the user name and keeps the enterprise of an operator', () => {
    expect(
      newAccountOf({
        username: '  Operator-09 ',
        displayName: ' 运营 九 ',
        role: 'operator',
        enterpriseId: ' ent-demo-02 ',
        password: ' keep spaces 1 ',
      }),
    ).toEqual({
      username: 'operator-09',
      displayName: '运营 九',
      role: 'operator',
      enterpriseId: 'ent-demo-02',
      password: ' keep spaces 1 ',
    });
  });

  it('drops an enterprise left in the form when the role was changed away from operator', () => {
    const body = newAccountOf({
      username: 'reg-2',
      displayName: '监管乙',
      role: 'regulator',
      enterpriseId: 'ent-demo-01',
      password: '0123456789',
    });
    expect(body.enterpriseId).toBeNull();
  });
});

describe('account form rules', () => {
  it('asks for an enterprise only for operators', () => {
    expect(needsEnterprise('operator')).toBe(true);
    expect(needsEnterprise('admin')).toBe(false);
    expect(needsEnterprise(undefined)).toBe(false);
  });

  it('accepts user names the server accepts', () => {
    expect(USERNAME_PATTERN.test('operator-09')).toBe(true);
    expect(USERNAME_PATTERN.test('a.b_c')).toBe(true);
    expect(USERNAME_PATTERN.test('x')).toBe(false);
    expect(USERNAME_PATTERN.test('-x')).toBe(false);
    expect(USERNAME_PATTERN.test('名字')).toBe(false);
  });
});
