import { Button, Card, Flex, Form, Input, Typography } from 'antd';
import { PALETTE } from '@fleet/console-tokens';
import { useI18n } from '@fleet/console-i18n';
import { LAYOUT } from './console-theme.js';
import { LanguageSwitch } from './language-switch.js';
import { LoginAlert } from './login-alert.js';
import type { LoginCredentials, LoginMessage } from './login-message.js';

export type LoginPanelProps = {
  /** A login request is under way: the button shows a spinner and ignores clicks. */
  submitting: boolean;
  /** Submitting is blocked for now (rate limited). */
  submitBlocked?: boolean;
  message: LoginMessage | null;
  onSubmit: (credentials: LoginCredentials) => void;
};

/** The full-page sign-in form of the supervision platform: title, username, password, one message, language. */
export function LoginPanel({ submitting, submitBlocked = false, message, onSubmit }: LoginPanelProps) {
  const { t } = useI18n();
  return (
    <Flex
      vertical
      align="center"
      justify="center"
      style={{ minHeight: '100vh', padding: LAYOUT.gap, background: PALETTE.surfaceMuted, position: 'relative' }}
      data-testid="login-page"
    >
      <div style={{ position: 'absolute', top: LAYOUT.gap, right: LAYOUT.gap }}>
        <LanguageSwitch />
      </div>
      <Card style={{ width: '100%', maxWidth: LAYOUT.loginCardWidth }}>
        <Flex vertical gap={LAYOUT.gap}>
          <div>
            <Typography.Title level={4} style={{ margin: 0 }} data-testid="login-title">
              {t('app.title')}
            </Typography.Title>
            <Typography.Text type="secondary">{t('login.heading')}</Typography.Text>
          </div>
          {message ? <LoginAlert message={message} /> : null}
          <Form<LoginCredentials>
            layout="vertical"
            requiredMark={false}
            onFinish={(values) => onSubmit({ username: values.username.trim(), password: values.password })}
            style={{ margin: 0 }}
          >
            <Form.Item
              label={t('login.username')}
              name="username"
              rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
            >
              <Input data-testid="login-username" autoComplete="username" autoFocus maxLength={128} />
            </Form.Item>
            <Form.Item
              label={t('login.password')}
              name="password"
              rules={[{ required: true, message: t('login.passwordRequired') }]}
            >
              <Input.Password data-testid="login-password" autoComplete="current-password" maxLength={256} />
            </Form.Item>
            <Button
              type="primary"
              htmlType="submit"
              block
              loading={submitting}
              disabled={submitBlocked}
              data-testid="login-submit"
            >
              {t('login.submit')}
            </Button>
          </Form>
          <Typography.Text type="secondary" style={{ fontSize: 12, textAlign: 'center' }}>
            {t('login.notice')}
          </Typography.Text>
        </Flex>
      </Card>
    </Flex>
  );
}
