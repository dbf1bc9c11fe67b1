import { Form, Select } from 'antd';
import type { Enterprise } from '@fleet/console-admin-api';
import { useI18n } from '@fleet/console-i18n';
import { enterpriseLabel } from '../utils/enterprise-label.js';

export type EnterpriseFieldProps = {
  enterprises: readonly Enterprise[];
  /** Test ids: `<prefix>-enterprise` for the select, `<prefix>-enterprise-<id>` for its options. */
  testIdPrefix: string;
};

/** The required `enterpriseId` of a registration form, chosen by name from the enterprises the role sees. */
export function EnterpriseField({ enterprises, testIdPrefix }: EnterpriseFieldProps) {
  const { t, language } = useI18n();
  return (
    <Form.Item
      label={t('detail.enterprise')}
      name="enterpriseId"
      rules={[{ required: true, message: t('registry.enterpriseRequired') }]}
    >
      <Select
        data-testid={`${testIdPrefix}-enterprise`}
        showSearch={{ optionFilterProp: 'title' }}
        options={enterprises.map((e) => ({
          value: e.id,
          title: enterpriseLabel(e, language),
          label: <span data-testid={`${testIdPrefix}-enterprise-${e.id}`}>{enterpriseLabel(e, language)}</span>,
        }))}
      />
    </Form.Item>
  );
}
