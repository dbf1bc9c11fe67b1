import { Alert, App, Button, Descriptions, Flex, Modal, Typography } from 'antd';
import type { IssuedVehicleCredential } from '@fleet/console-admin-api';
import { useI18n } from '@fleet/console-i18n';
import { PALETTE } from '@fleet/console-tokens';
import { LAYOUT, MONO_FONT_FAMILY } from '@fleet/console-ui';
import { formatDateTime } from '../utils/format-date-time.js';

export type CredentialSecretDialogProps = {
  issued: IssuedVehicleCredential;
  /** The parent forgets the secret when the dialog closes: it exists nowhere else. */
  onClose: () => void;
};

const secretStyle = {
  fontFamily: MONO_FONT_FAMILY,
  wordBreak: 'break-all',
  userSelect: 'all',
  display: 'block',
  padding: '6px 8px',
  background: PALETTE.surfaceMuted,
  border: `1px solid ${PALETTE.border}`,
  borderRadius: LAYOUT.radius / 2,
} as const;

/**
 * Shows a just-issued secret, once. Only an explicit "saved" closes it (no mask click, no Esc), because the
 * server keeps a digest only: a secret closed unseen means issuing again.
 */
export function CredentialSecretDialog({ issued, onClose }: CredentialSecretDialogProps) {
  const { t, language } = useI18n();
  const { message } = App.useApp();

  const copy = () => {
    const clipboard = globalThis.navigator?.clipboard;
    if (!clipboard) {
      void message.warning(t('credentials.copyFailed'));
      return;
    }
    clipboard.writeText(issued.mqttPassword).then(
      () => void message.success(t('credentials.copied')),
      (error: unknown) => {
        console.warn('[console] copying the secret failed', error);
        void message.warning(t('credentials.copyFailed'));
      },
    );
  };

  return (
    <Modal
      open
      title={t('credentials.secretTitle')}
      closable={false}
      keyboard={false}
      mask={{ closable: false }}
      footer={
        <Button type="primary" data-testid="credential-secret-close" onClick={onClose}>
          {t('credentials.saved')}
        </Button>
      }
    >
      <div data-testid="credential-secret-dialog" data-vehicle-id={issued.vehicleId}>
        <div role="alert" data-testid="credential-secret-warning" style={{ marginBottom: 12 }}>
          <Alert type="warning" showIcon title={t('credentials.secretWarning')} />
        </div>
        <Descriptions
          size="small"
          column={1}
          bordered
          styles={{ label: { width: 120, whiteSpace: 'nowrap' } }}
          items={[
            {
              key: 'username',
              label: t('credentials.mqttUsername'),
              children: (
                <Typography.Text code copyable data-testid="credential-username">
                  {issued.mqttUsername}
                </Typography.Text>
              ),
            },
            {
              key: 'secret',
              label: t('credentials.secret'),
              children: (
                <Flex vertical gap={6}>
                  <code data-testid="credential-secret" style={secretStyle}>
                    {issued.mqttPassword}
                  </code>
                  <Button
                    size="small"
                    data-testid="credential-secret-copy"
                    onClick={copy}
                    style={{ alignSelf: 'start' }}
                  >
                    {t('credentials.copy')}
                  </Button>
                </Flex>
              ),
            },
          ]}
        />
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          {issued.previousValidUntil
            ? t('credentials.previousUntil', { time: formatDateTime(issued.previousValidUntil, language) })
            : t('credentials.previousRevoked')}
        </Typography.Paragraph>
      </div>
    </Modal>
  );
}
