import { App, ConfigProvider, Flex, Spin, Typography } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import type { AuthSession } from '@fleet/console-auth';
import { useI18n } from '@fleet/console-i18n';
import { CONSOLE_THEME, LAYOUT } from '@fleet/console-ui';
import { useAuthState } from '../hooks/use-auth-state.js';
import type { ConsoleConfig } from '../utils/console-config.js';
import { LoginPage } from './login-page.js';
import { SignedInConsole } from './signed-in-console.js';

export type ConsoleAppProps = { config: ConsoleConfig; session: AuthSession };

/** The whole console: the login page until the session is signed in, then the pages the role may open. */
export function ConsoleApp({ config, session }: ConsoleAppProps) {
  const { t, language } = useI18n();
  const auth = useAuthState(session);
  return (
    <ConfigProvider locale={language === 'en' ? enUS : zhCN} theme={CONSOLE_THEME}>
      {/* antd's App gives messages and dialogs the theme and locale above. */}
      <App>
        {auth.status === 'signed-in' ? (
          // Keyed by user: another account gets a fresh store and socket, nothing of the previous one's fleet.
          <SignedInConsole key={auth.user.id} config={config} session={session} user={auth.user} />
        ) : auth.status === 'restoring' ? (
          <Flex vertical align="center" justify="center" gap={LAYOUT.gap} style={{ height: '100vh' }}>
            <Spin />
            <Typography.Text type="secondary">{t('login.restoring')}</Typography.Text>
          </Flex>
        ) : (
          <LoginPage session={session} reason={auth.reason} />
        )}
      </App>
    </ConfigProvider>
  );
}
