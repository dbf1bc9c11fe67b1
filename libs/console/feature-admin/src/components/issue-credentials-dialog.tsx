import { useState } from 'react';
import { Alert, Button, Flex, Modal, Radio, Typography } from 'antd';
import { useI18n } from '@fleet/console-i18n';
import { GRACE_PERIODS, type GraceSeconds } from '../utils/grace-periods.js';

export type IssueCredentialsDialogProps = {
  vehicleLabel: string;
  /** The vehicle has usable credentials, so what happens to them is a choice to make. */
  hasActive: boolean;
  working: boolean;
  /** Why the last attempt failed, as a sentence. */
  error: string | null;
  onConfirm: (previousValidForSeconds: GraceSeconds) => void;
  onCancel: () => void;
};

/** Asks what happens to the current secrets (stop at once, or keep working 1 h / 24 h) before issuing a new one. */
export function IssueCredentialsDialog({
  vehicleLabel,
  hasActive,
  working,
  error,
  onConfirm,
  onCancel,
}: IssueCredentialsDialogProps) {
  const { t } = useI18n();
  const [grace, setGrace] = useState<GraceSeconds>(0);
  return (
    <Modal
      open
      title={`${t('credentials.issueTitle')} · ${vehicleLabel}`}
      onCancel={onCancel}
      mask={{ closable: !working }}
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={onCancel} disabled={working}>
            {t('common.cancel')}
          </Button>
          <Button
            type="primary"
            data-testid="credentials-issue-confirm"
            loading={working}
            onClick={() => onConfirm(hasActive ? grace : 0)}
          >
            {t('credentials.issueConfirm')}
          </Button>
        </Flex>
      }
    >
      <div data-testid="credentials-issue-dialog">
        {hasActive ? (
          <>
            <Typography.Paragraph>{t('credentials.issueExplain')}</Typography.Paragraph>
            <Radio.Group
              data-testid="credentials-grace"
              value={grace}
              onChange={(event) => setGrace(GRACE_PERIODS.find((g) => g.seconds === event.target.value)?.seconds ?? 0)}
              style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
              options={GRACE_PERIODS.map((g) => ({
                value: g.seconds,
                label: <span data-testid={`credentials-grace-${g.seconds}`}>{t(g.labelKey)}</span>,
              }))}
            />
          </>
        ) : null}
        {error ? (
          <div role="alert" data-testid="credentials-issue-error" style={{ marginTop: 12 }}>
            <Alert type="error" showIcon title={error} />
          </div>
        ) : null}
      </div>
    </Modal>
  );
}
