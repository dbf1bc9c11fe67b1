import { Alert, Form, Input, Modal, Typography } from 'antd';
import type { PermitAction } from '@fleet/console-admin-api';
import type { Permit } from '@fleet/registry-model';
import { useI18n } from '@fleet/console-i18n';

export type PermitStatusDialogProps = {
  permit: Permit;
  action: PermitAction;
  working: boolean;
  /** Why the last attempt failed, as a sentence. */
  error: string | null;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
};

const TEXT_KEYS = {
  suspend: {
    title: 'permits.dialog.suspendTitle',
    explain: 'permits.dialog.suspendExplain',
    ok: 'permits.action.suspend',
  },
  reinstate: {
    title: 'permits.dialog.reinstateTitle',
    explain: 'permits.dialog.reinstateExplain',
    ok: 'permits.action.reinstate',
  },
  revoke: { title: 'permits.dialog.revokeTitle', explain: 'permits.dialog.revokeExplain', ok: 'permits.action.revoke' },
} as const;

/** The server's bounds on a reason (after trimming). */
const MIN_REASON = 2;
const MAX_REASON = 500;

/** Asks for the reason of suspending, reinstating or revoking a permit (required: it is audited and shown). */
export function PermitStatusDialog({ permit, action, working, error, onConfirm, onCancel }: PermitStatusDialogProps) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ reason: string }>();
  const keys = TEXT_KEYS[action];
  return (
    <Modal
      open
      title={t(keys.title, { id: permit.id })}
      okText={<span data-testid="permit-confirm">{t(keys.ok)}</span>}
      okButtonProps={{ danger: action !== 'reinstate' }}
      cancelText={t('common.cancel')}
      confirmLoading={working}
      onOk={() => form.submit()}
      onCancel={onCancel}
      mask={{ closable: !working }}
    >
      <div data-testid="permit-dialog" data-action={action}>
        <Typography.Paragraph type="secondary">{t(keys.explain)}</Typography.Paragraph>
        <Form<{ reason: string }>
          form={form}
          layout="vertical"
          requiredMark={false}
          onFinish={({ reason }) => onConfirm(reason.trim())}
        >
          <Form.Item
            label={t('permits.reason')}
            name="reason"
            rules={[
              {
                required: true,
                whitespace: true,
                min: MIN_REASON,
                transform: (v: string | undefined) => v?.trim(),
                message: t('permits.reasonRequired'),
              },
            ]}
          >
            <Input.TextArea
              data-testid="permit-reason"
              maxLength={MAX_REASON}
              autoSize={{ minRows: 2, maxRows: 5 }}
              autoFocus
            />
          </Form.Item>
        </Form>
        {error ? (
          <div role="alert" data-testid="permit-error">
            <Alert type="error" showIcon title={error} />
          </div>
        ) : null}
      </div>
    </Modal>
  );
}
