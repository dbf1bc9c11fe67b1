import { useState } from 'react';
import { Alert, Button, Flex, Form, Input, Modal, Select } from 'antd';
import { ROLES } from '@fleet/auth-model';
import { isAdminApiError, type Account, type AccountsApi } from '@fleet/console-admin-api';
import { useI18n, type MessageKey } from '@fleet/console-i18n';
import { errorMessageKey } from '../utils/error-message-key.js';
import {
  MIN_PASSWORD_LENGTH,
  needsEnterprise,
  newAccountOf,
  USERNAME_PATTERN,
  type NewAccountForm,
} from '../utils/new-account.js';

export type CreateAccountDialogProps = {
  api: AccountsApi;
  onCreated: (account: Account) => void;
  onCancel: () => void;
};

function refusalKey(error: unknown): MessageKey {
  if (isAdminApiError(error, 'conflict')) return 'accounts.form.taken';
  // 400: the server's rules (checked here too) or an enterprise that does not exist.
  if (isAdminApiError(error, 'invalid_request')) return 'accounts.form.refused';
  return errorMessageKey(error);
}

/** 新建账号: role first; the test entity is asked for (and required) only for an operator. */
export function CreateAccountDialog({ api, onCreated, onCancel }: CreateAccountDialogProps) {
  const { t } = useI18n();
  const [form] = Form.useForm<NewAccountForm>();
  const role = Form.useWatch('role', form);
  const [submitting, setSubmitting] = useState(false);
  const [refusal, setRefusal] = useState<{ key: MessageKey; code: string } | null>(null);

  const submit = (values: NewAccountForm) => {
    setSubmitting(true);
    setRefusal(null);
    api
      .create(newAccountOf(values))
      .then(onCreated)
      .catch((error: unknown) => {
        setRefusal({ key: refusalKey(error), code: isAdminApiError(error) ? error.code : 'unknown' });
      })
      .finally(() => setSubmitting(false));
  };

  return (
    <Modal open title={t('accounts.form.title')} footer={null} onCancel={onCancel} mask={{ closable: false }}>
      <Form<NewAccountForm>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={submit}
        data-testid="account-create-form"
      >
        <Form.Item
          label={t('accounts.form.username')}
          name="username"
          rules={[
            {
              required: true,
              pattern: USERNAME_PATTERN,
              transform: (v: string | undefined) => v?.trim().toLowerCase(),
              message: t('accounts.form.usernameRule'),
            },
          ]}
        >
          <Input data-testid="account-username" autoComplete="off" maxLength={64} />
        </Form.Item>
        <Form.Item
          label={t('accounts.form.displayName')}
          name="displayName"
          rules={[{ required: true, whitespace: true, message: t('accounts.form.displayNameRequired') }]}
        >
          <Input data-testid="account-display-name" autoComplete="off" maxLength={100} />
        </Form.Item>
        <Form.Item
          label={t('accounts.form.role')}
          name="role"
          rules={[{ required: true, message: t('accounts.form.roleRequired') }]}
        >
          <Select
            data-testid="account-role"
            options={ROLES.map((r) => ({
              value: r,
              label: <span data-testid={`account-role-${r}`}>{t(`role.${r}`)}</span>,
            }))}
          />
        </Form.Item>
        {needsEnterprise(role) ? (
          <Form.Item
            label={t('accounts.form.enterprise')}
            name="enterpriseId"
            rules={[{ required: true, whitespace: true, message: t('accounts.form.enterpriseRequired') }]}
          >
            <Input data-testid="account-enterprise" autoComplete="off" maxLength={64} />
          </Form.Item>
        ) : null}
        <Form.Item
          label={t('accounts.form.password')}
          name="password"
          rules={[
            { required: true, min: MIN_PASSWORD_LENGTH, message: t('password.tooShort', { min: MIN_PASSWORD_LENGTH }) },
          ]}
        >
          <Input.Password data-testid="account-password" autoComplete="new-password" maxLength={256} />
        </Form.Item>
        {refusal ? (
          <div data-testid="account-create-error" data-kind={refusal.code} role="alert" style={{ marginBottom: 16 }}>
            <Alert type="error" showIcon title={t(refusal.key)} />
          </div>
        ) : null}
        <Flex justify="end" gap={8}>
          <Button onClick={onCancel}>{t('common.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={submitting} data-testid="account-submit">
            {t('accounts.form.submit')}
          </Button>
        </Flex>
      </Form>
    </Modal>
  );
}
