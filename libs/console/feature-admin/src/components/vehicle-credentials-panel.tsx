import { Alert, Button, Flex, Popconfirm, Spin, Tag, Typography } from 'antd';
import type { VehicleCredential } from '@fleet/console-admin-api';
import { useI18n, type Translate, type Language } from '@fleet/console-i18n';
import { LAYOUT } from '@fleet/console-ui';
import { credentialStatusOf, type CredentialStatus } from '../utils/credential-status.js';
import { formatDateTime } from '../utils/format-date-time.js';

/** antd status presets, themed from the palette's tokens. */
const STATUS_COLORS = {
  active: 'success',
  expiring: 'warning',
  expired: 'default',
  revoked: 'error',
} as const satisfies Record<CredentialStatus, 'success' | 'warning' | 'default' | 'error'>;

export type VehicleCredentialsPanelProps = {
  /** Undefined until the first list arrives. */
  credentials: readonly VehicleCredential[] | undefined;
  loading: boolean;
  /** Why listing failed, as a sentence; null when it did not. */
  loadError: string | null;
  /** An issue or revoke is under way. */
  working: boolean;
  onIssue: () => void;
  onRevokeAll: () => void;
  onRetry: () => void;
};

function whenText(t: Translate, language: Language, c: VehicleCredential, status: CredentialStatus): string | null {
  switch (status) {
    case 'active':
      return null;
    case 'expiring':
      return c.expiresAt ? t('credentials.validUntil', { time: formatDateTime(c.expiresAt, language) }) : null;
    case 'expired':
      return c.expiresAt ? t('credentials.expiredAt', { time: formatDateTime(c.expiresAt, language) }) : null;
    case 'revoked':
      return c.revokedAt ? t('credentials.revokedAt', { time: formatDateTime(c.revokedAt, language) }) : null;
  }
}

/** 车辆接入凭证 section of the vehicle panel: the credentials (never their secrets), issue / rotate, revoke all. */
export function VehicleCredentialsPanel({
  credentials,
  loading,
  loadError,
  working,
  onIssue,
  onRevokeAll,
  onRetry,
}: VehicleCredentialsPanelProps) {
  const { t, language } = useI18n();
  const activeCount = credentials?.filter((c) => c.active).length ?? 0;
  return (
    <section data-testid="credentials-panel" data-active-count={activeCount} style={{ marginTop: LAYOUT.gap }}>
      <Flex justify="space-between" align="center" gap={8} style={{ marginBottom: 6 }}>
        <Typography.Text strong>{t('credentials.title')}</Typography.Text>
        <Flex gap={6}>
          <Button size="small" type="primary" data-testid="credentials-issue" onClick={onIssue} disabled={working}>
            {t('credentials.issue')}
          </Button>
          <Popconfirm
            title={t('credentials.revokeAllTitle')}
            description={<div style={{ maxWidth: 260 }}>{t('credentials.revokeAllExplain')}</div>}
            okText={<span data-testid="credentials-revoke-all-confirm">{t('credentials.revokeAllConfirm')}</span>}
            okButtonProps={{ danger: true }}
            cancelText={t('common.cancel')}
            onConfirm={onRevokeAll}
          >
            <Button size="small" danger data-testid="credentials-revoke-all" disabled={working || activeCount === 0}>
              {t('credentials.revokeAll')}
            </Button>
          </Popconfirm>
        </Flex>
      </Flex>
      {loadError ? (
        <div role="alert" data-testid="credentials-error" style={{ marginBottom: 6 }}>
          <Alert
            type="warning"
            showIcon
            title={loadError}
            action={
              <Button size="small" onClick={onRetry}>
                {t('common.retry')}
              </Button>
            }
          />
        </div>
      ) : null}
      {credentials === undefined ? (
        loading ? (
          <Spin size="small" />
        ) : null
      ) : credentials.length === 0 ? (
        <Typography.Text type="secondary">{t('credentials.empty')}</Typography.Text>
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0, maxHeight: 200, overflowY: 'auto' }}>
          {credentials.map((c) => {
            const status = credentialStatusOf(c);
            const when = whenText(t, language, c, status);
            return (
              <li
                key={c.id}
                data-testid="credential-item"
                data-credential-id={c.id}
                data-status={status}
                style={{ padding: '4px 0', fontSize: 12 }}
              >
                <Tag color={STATUS_COLORS[status]}>{t(`credentials.status.${status}`)}</Tag>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('credentials.createdBy', { name: c.createdBy, time: formatDateTime(c.createdAt, language) })}
                </Typography.Text>
                {when ? (
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, paddingInlineStart: 4 }}>
                    {when}
                  </Typography.Text>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
