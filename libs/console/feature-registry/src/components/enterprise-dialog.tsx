import { Form, Input } from 'antd';
import type { EnterprisesApi, Enterprise, NewEnterprise } from '@fleet/console-admin-api';
import { useI18n } from '@fleet/console-i18n';
import { REGISTRY_ID_PATTERN } from '@fleet/registry-model';
import { RegistrationDialog } from './registration-dialog.js';

export type EnterpriseDialogProps = {
  api: EnterprisesApi;
  onRegistered: (enterprise: Enterprise) => void;
  onCancel: () => void;
};

/** 登记测试主体: the id other records refer to, and the names in both languages. */
export function EnterpriseDialog({ api, onRegistered, onCancel }: EnterpriseDialogProps) {
  const { t } = useI18n();
  const [form] = Form.useForm<NewEnterprise>();
  return (
    <RegistrationDialog<NewEnterprise>
      title={t('enterprises.create')}
      testIdPrefix="enterprise"
      form={form}
      refusalKeys={{ conflict: 'enterprises.taken', invalid_request: 'registry.refused' }}
      submit={async (values) =>
        onRegistered(
          await api.create({ id: values.id.trim(), nameZh: values.nameZh.trim(), nameEn: values.nameEn.trim() }),
        )
      }
      onCancel={onCancel}
    >
      <Form.Item
        label={t('enterprises.column.id')}
        name="id"
        rules={[{ required: true, pattern: REGISTRY_ID_PATTERN, message: t('registry.idRule') }]}
      >
        <Input data-testid="enterprise-id" autoComplete="off" maxLength={64} />
      </Form.Item>
      <Form.Item
        label={t('enterprises.column.nameZh')}
        name="nameZh"
        rules={[{ required: true, whitespace: true, message: t('enterprises.nameZhRequired') }]}
      >
        <Input data-testid="enterprise-name-zh" autoComplete="off" maxLength={100} />
      </Form.Item>
      <Form.Item
        label={t('enterprises.column.nameEn')}
        name="nameEn"
        rules={[{ required: true, whitespace: true, message: t('enterprises.nameEnRequired') }]}
      >
        <Input data-testid="enterprise-name-en" autoComplete="off" maxLength={200} />
      </Form.Item>
    </RegistrationDialog>
  );
}
