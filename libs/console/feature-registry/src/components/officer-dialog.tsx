import { Form, Input, InputNumber } from 'antd';
import type { Enterprise, SafetyOfficersApi } from '@fleet/console-admin-api';
import { useI18n } from '@fleet/console-i18n';
import type { SafetyOfficer } from '@fleet/registry-model';
import { REGISTRY_ID_PATTERN } from '@fleet/registry-model';
import { EnterpriseField } from './enterprise-field.js';
import { RegistrationDialog } from './registration-dialog.js';

export type OfficerDialogProps = {
  api: SafetyOfficersApi;
  enterprises: readonly Enterprise[];
  onRegistered: (officer: SafetyOfficer) => void;
  onCancel: () => void;
};

/** 登记安全员: id, name, enterprise and years licensed. An id already registered is updated (the server upserts). */
export function OfficerDialog({ api, enterprises, onRegistered, onCancel }: OfficerDialogProps) {
  const { t } = useI18n();
  const [form] = Form.useForm<SafetyOfficer>();
  return (
    <RegistrationDialog<SafetyOfficer>
      title={t('officers.create')}
      testIdPrefix="officer"
      form={form}
      refusalKeys={{ invalid_request: 'registry.refused' }}
      submit={async (values) =>
        onRegistered(await api.register({ ...values, id: values.id.trim(), name: values.name.trim() }))
      }
      onCancel={onCancel}
    >
      <Form.Item
        label={t('officers.column.id')}
        name="id"
        rules={[{ required: true, pattern: REGISTRY_ID_PATTERN, message: t('registry.idRule') }]}
      >
        <Input data-testid="officer-id" autoComplete="off" maxLength={64} />
      </Form.Item>
      <Form.Item
        label={t('officers.column.name')}
        name="name"
        rules={[{ required: true, whitespace: true, message: t('officers.nameRequired') }]}
      >
        <Input data-testid="officer-name" autoComplete="off" maxLength={100} />
      </Form.Item>
      <EnterpriseField enterprises={enterprises} testIdPrefix="officer" />
      <Form.Item
        label={t('officers.column.licenceYears')}
        name="licenceYears"
        rules={[{ required: true, type: 'integer', min: 0, max: 60, message: t('officers.licenceYearsRule') }]}
      >
        <InputNumber data-testid="officer-licence-years" min={0} max={60} precision={0} style={{ width: 120 }} />
      </Form.Item>
    </RegistrationDialog>
  );
}
