import type { ReactNode } from 'react';
import { Flex, Layout, Typography } from 'antd';
import { PALETTE } from '@fleet/console-tokens';
import { useI18n } from '@fleet/console-i18n';
import { LAYOUT } from './console-theme.js';
import { LanguageSwitch } from './language-switch.js';

/** The parts of the header every signed-in page shares, built once by the app shell. */
export type ConsoleChrome = {
  /** The page menu (nothing for a role with a single page). */
  navigation: ReactNode;
  /** Who is signed in, with the account menu and sign-out. */
  account: ReactNode;
};

export type ConsoleLayoutProps = {
  chrome: ConsoleChrome;
  /** The page's own header controls (counts, search, connection on the map). */
  toolbar?: ReactNode;
  children: ReactNode;
  /** The content scrolls (tables) rather than filling the viewport exactly (the map). */
  scrollContent?: boolean;
};

/** Full-height page: header (title, page toolbar, language, account), the pages' menu, then the content. */
export function ConsoleLayout({ chrome, toolbar, children, scrollContent = false }: ConsoleLayoutProps) {
  const { t } = useI18n();
  return (
    <Layout style={{ height: '100vh' }}>
      <Layout.Header
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: 16,
          borderBottom: `1px solid ${PALETTE.border}`,
          lineHeight: 'normal',
        }}
      >
        <Flex vertical style={{ minWidth: 0, flexShrink: 0 }}>
          <Typography.Title level={5} style={{ margin: 0, whiteSpace: 'nowrap' }} data-testid="app-title">
            {t('app.title')}
          </Typography.Title>
          <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
            {t('app.subtitle')}
          </Typography.Text>
        </Flex>
        {/* Also the spacer that pushes language and account to the right on pages without a toolbar. */}
        <div style={{ flex: 1, minWidth: 0, display: 'flex', alignItems: 'center', gap: 16 }}>{toolbar}</div>
        <LanguageSwitch />
        {chrome.account}
      </Layout.Header>
      {/* The pages get a row of their own: with a dozen of them beside the map's counts and search, one row overflowed. */}
      {chrome.navigation && (
        <div style={{ background: PALETTE.surface, borderBottom: `1px solid ${PALETTE.border}`, padding: '0 8px' }}>
          {chrome.navigation}
        </div>
      )}
      <Layout.Content
        style={
          scrollContent ? { overflowY: 'auto', padding: LAYOUT.gap * 2 } : { position: 'relative', overflow: 'hidden' }
        }
      >
        {children}
      </Layout.Content>
    </Layout>
  );
}
