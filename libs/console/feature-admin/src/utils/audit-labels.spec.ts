import { describe, expect, it } from 'vitest';
import { translate } from '@fleet/console-i18n';
import { auditActionLabel, KNOWN_AUDIT_ACTIONS } from './audit-action-label.js';
import { auditRoleLabel } from './audit-role-label.js';
import { auditTargetTypeLabel } from './audit-target-type-label.js';

const zh = (key: Parameters<typeof translate>[1]) => translate('zh-CN', key);
const en = (key: Parameters<typeof translate>[1]) => translate('en', key);

describe(auditActionLabel.name, () => {
  it('names the actions the server writes, in Chinese by default', () => {
    expect(auditActionLabel(zh, 'auth.login')).toBe('登录');
    expect(auditActionLabel(zh, 'auth.logout')).toBe('退出登录');
    expect(auditActionLabel(zh, 'auth.refresh')).toBe('刷新令牌');
    expect(auditActionLabel(zh, 'vehicle_credentials.issue')).toBe('签发车辆凭证');
    expect(auditActionLabel(zh, 'vehicle_credentials.revoke')).toBe('吊销车辆凭证');
    expect(auditActionLabel(en, 'account.revoke_sessions')).toBe('End sessions');
  });

  it('gives every known action a label of its own', () => {
    const labels = KNOWN_AUDIT_ACTIONS.map((a) => auditActionLabel(zh, a));
    expect(new Set(labels).size).toBe(KNOWN_AUDIT_ACTIONS.length);
    expect(labels.some((l) => /[a-z_]\.[a-z]/.test(l))).toBe(false);
  });

  it('shows an unknown action raw', () => {
    expect(auditActionLabel(zh, 'evidence.view')).toBe('evidence.view');
  });
});

describe(auditRoleLabel.name, () => {
  it('names roles, someone not signed in, and leaves others raw', () => {
    expect(auditRoleLabel(zh, 'regulator')).toBe('监管人员');
    expect(auditRoleLabel(zh, 'anonymous')).toBe('未登录');
    expect(auditRoleLabel(zh, 'vehicle')).toBe('vehicle');
  });
});

describe(auditTargetTypeLabel.name, () => {
  it('names known target types and leaves others raw', () => {
    expect(auditTargetTypeLabel(zh, 'vehicle')).toBe('车辆');
    expect(auditTargetTypeLabel(en, 'user')).toBe('Account');
    expect(auditTargetTypeLabel(zh, 'incident')).toBe('incident');
    expect(auditTargetTypeLabel(zh, '')).toBe('');
  });
});
