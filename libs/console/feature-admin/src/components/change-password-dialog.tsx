import { useState } from 'react';
import { Alert, App, Button, Flex, Form, Input, Modal, Typography } from 'antd';
import { isAdminApiError, type OwnPasswordApi } from '@fleet/console-admin-api';
import { useI18n, type MessageKey } from '@fleet/console-i18n';
import { errorMessageKey } from '../utils/error-message-key.js';
import { MIN_PASSWORD_LENGTH } from '../utils/new-account.js';

export type ChangePasswordDialogProps = { api: OwnPasswordApi; onClose: () => void };

type PasswordForm = { currentPassword: string; newPassword: string; confirmPassword: string };

/** 修改密码 for whoever is signed in; this session stays, the account's other sessions end (server side). */
export function ChangePasswordDialog({ api, onClose }: ChangePasswordDialogProps) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<PasswordForm>();
  const [submitting, setSubmitting] = useState(false);
  const [refusal, setRefusal] = useState<MessageKey | null>(null);

  const submit = ({ currentPassword, newPassword }: PasswordForm) => {
    setSubmitting(true);
    setRefusal(null);
    api
      .change(currentPassword, newPassword)
      .then(() => {
        void message.success(t('password.done'));
        onClose();
      })
      .catch((error: unknown) => {
        // The new password was checked here, so a 400 means the current one is wrong.
        setRefusal(isAdminApiError(error, 'invalid_request') ? 'password.wrongCurrent' : errorMessageKey(error));
        setSubmitting(false);
      });
  };

  return (
    <Modal open title={t('password.title')} footer={null} onCancel={onClose} mask={{ closable: false }}>
      <div data-testid="change-password-dialog">
        <Typography.Paragraph type="secondary">{t('password.hint')}</Typography.Paragraph>
        <Form<PasswordForm> form={form} layout="vertical" requiredMark={false} onFinish={submit}>
          <Form.Item
            label={t('password.current')}
            name="currentPassword"
            rules={[{ required: true, message: t('password.currentRequired') }]}
          >
            <Input.Password data-testid="change-password-current" autoComplete="current-password" maxLength={256} />
          </Form.Item>
          <Form.Item
            label={t('password.new')}
            name="newPassword"
            dependencies={['currentPassword']}
            rules={[
              {
                required: true,
                min: MIN_PASSWORD_LENGTH,
                message: t('password.tooShort', { min: MIN_PASSWORD_LENGTH }),
              },
              ({ getFieldValue }) => ({
                validator: (_, value: string | undefined) =>
                  value && value === getFieldValue('currentPassword')
                    ? Promise.reject(new Error(t('password.sameAsCurrent')))
                    : Promise.resolve(),
              }),
            ]}
          >
            <Input.Password data-testid="change-password-new" autoComplete="new-password" maxLength={256} />
          </Form.Item>
          <Form.Item
            label={t('password.confirm')}
            name="confirmPassword"
            dependencies={['newPassword']}
            rules={[
              { required: true, message: t('password.mismatch') },
              ({ getFieldValue }) => ({
                validator: (_, value: string | undefined) =>
                  !value || value === getFieldValue('newPassword')
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('password.mismatch'))),
              }),
            ]}
          >
            <Input.Password data-testid="change-password-confirm" autoComplete="new-password" maxLength={256} />
          </Form.Item>
          {refusal ? (
            <div role="alert" data-testid="change-password-error" style={{ marginBottom: 16 }}>
              <Alert type="error" showIcon title={t(refusal)} />
            </div>
          ) : null}
          <Flex justify="end" gap={8}>
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="primary" htmlType="submit" loading={submitting} data-testid="change-password-submit">
              {t('password.submit')}
            </Button>
          </Flex>
        </Form>
      </div>
    </Modal>
  );
}
