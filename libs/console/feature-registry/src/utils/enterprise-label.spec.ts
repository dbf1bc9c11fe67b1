import { describe, expect, it } from 'vitest';
import { enterpriseLabel } from './enterprise-label.js';

describe(enterpriseLabel.name, () => {
  it('names the enterprise in the console’s language, with its id', () => {
    const enterprise = { id: 'ent-e2e', nameZh: '端到端测试主体', nameEn: 'E2E entity', vehicles: 0 };
    expect(enterpriseLabel(enterprise, 'zh-CN')).toBe('端到端测试主体（ent-e2e）');
    expect(enterpriseLabel(enterprise, 'en')).toBe('E2E entity (ent-e2e)');
  });
});
