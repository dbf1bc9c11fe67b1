import { Alert, Button } from 'antd';
import { errorMessageKey } from '@fleet/console-admin-pages';
import { useI18n } from '@fleet/console-i18n';

export type LoadErrorAlertProps = { error: unknown; testId: string; onRetry: () => void };

/** A list that could not be loaded, with a way to try again. */
export function LoadErrorAlert({ error, testId, onRetry }: LoadErrorAlertProps) {
  const { t } = useI18n();
  return (
    <div data-testid={testId} role="alert">
      <Alert
        type="error"
        showIcon
        title={t(errorMessageKey(error))}
        action={
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        }
      />
    </div>
  );
}
