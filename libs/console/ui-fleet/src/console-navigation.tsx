import { Menu } from 'antd';
import { useI18n } from '@fleet/console-i18n';
import { LAYOUT } from './console-theme.js';

/** The console's pages; which of them a role sees is decided by the app, and enforced by the server. */
export const CONSOLE_PAGES = [
  'live',
  'dashboard',
  'alerts',
  'incidents',
  'replay',
  'permits',
  'registry',
  'promotion',
  'reports',
  'audit',
  'accounts',
] as const;
export type ConsolePage = (typeof CONSOLE_PAGES)[number];

const LABEL_KEYS = {
  live: 'nav.live',
  dashboard: 'nav.dashboard',
  alerts: 'nav.alerts',
  incidents: 'nav.incidents',
  replay: 'nav.replay',
  permits: 'nav.permits',
  registry: 'nav.registry',
  promotion: 'nav.promotion',
  reports: 'nav.reports',
  audit: 'nav.audit',
  accounts: 'nav.accounts',
} as const satisfies Record<ConsolePage, string>;

export type ConsoleNavigationProps = {
  pages: readonly ConsolePage[];
  current: ConsolePage;
  /** The link of a page (a hash route), so pages can be bookmarked and opened in another tab. */
  hrefOf: (page: ConsolePage) => string;
};

/** Header menu between the pages the role may open; nothing when it may open only one. */
export function ConsoleNavigation({ pages, current, hrefOf }: ConsoleNavigationProps) {
  const { t } = useI18n();
  if (pages.length < 2) return null;
  return (
    <nav aria-label={t('nav.label')} data-testid="console-nav" style={{ flexShrink: 0 }}>
      <Menu
        mode="horizontal"
        disabledOverflow
        selectedKeys={[current]}
        // Items as tall as the menu row, so the selected item's bar sits on the row's bottom edge.
        style={{ borderBottom: 'none', background: 'transparent', lineHeight: `${LAYOUT.navHeight - 2}px` }}
        items={pages.map((page) => ({
          key: page,
          label: (
            <a
              href={hrefOf(page)}
              data-testid={`nav-${page}`}
              aria-current={page === current ? 'page' : undefined}
              style={{ textDecoration: 'none' }}
            >
              {t(LABEL_KEYS[page])}
            </a>
          ),
        }))}
      />
    </nav>
  );
}
