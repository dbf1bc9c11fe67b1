import { Alert } from 'antd';
import { useI18n, type Translate } from '@fleet/console-i18n';
import type { LoginMessage } from './login-message.js';

function textOf(t: Translate, message: LoginMessage): string {
  switch (message.kind) {
    case 'invalid-credentials':
      return t('login.invalidCredentials');
    case 'rate-limited':
      return message.retryInSeconds === null
        ? t('login.rateLimitedLater')
        : t('login.rateLimited', { seconds: message.retryInSeconds });
    case 'unavailable':
      return t('login.unavailable');
    case 'session-expired':
      return t('login.sessionExpired');
    case 'logged-out':
      return t('login.loggedOut');
  }
}

const isNotice = (message: LoginMessage) => message.kind === 'session-expired' || message.kind === 'logged-out';

export type LoginAlertProps = { message: LoginMessage };

/** The error of the last attempt (`login-error`) or a notice why the page is shown (`login-notice`). */
export function LoginAlert({ message }: LoginAlertProps) {
  const { t } = useI18n();
  const notice = isNotice(message);
  return (
    <div
      data-testid={notice ? 'login-notice' : 'login-error'}
      data-kind={message.kind}
      role={notice ? 'status' : 'alert'}
    >
      <Alert
        showIcon
        type={notice ? 'info' : message.kind === 'rate-limited' ? 'warning' : 'error'}
        title={textOf(t, message)}
      />
    </div>
  );
}
