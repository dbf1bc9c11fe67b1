import { describe, expect, it } from 'vitest';
import { auditActorOf } from './audit-actor.js';

const known = new Map([
  ['u-1', { displayName: '嘉定区车城网监管', username: 'regulator' }],
  ['u-2', { displayName: '平台管理员', username: 'admin' }],
]);

describe(auditActorOf.name, () => {
  it('names a known account and marks the signed-in one', () => {
    expect(auditActorOf('u-1', known, 'u-1')).toEqual({
      kind: 'account',
      displayName: '嘉定区车城网监管',
      username: 'regulator',
      isSelf: true,
    });
    expect(auditActorOf('u-2', known, 'u-1')).toMatchObject({ kind: 'account', isSelf: false });
  });

  it('shows an unknown id, or the name tried at a failed sign-in, as it is', () => {
    expect(auditActorOf('intruder', known, 'u-1')).toEqual({ kind: 'raw', id: 'intruder' });
  });
});
