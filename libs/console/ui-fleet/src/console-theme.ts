import type { ThemeConfig } from 'antd';
import { PALETTE } from '@fleet/console-tokens';

/** Layout sizes shared by the chrome, in pixels. */
export const LAYOUT = {
  headerHeight: 56,
  panelWidth: 340,
  loginCardWidth: 380,
  gap: 12,
  radius: 8,
} as const;

/** antd theme of the console, built from the design tokens. */
export const CONSOLE_THEME: ThemeConfig = {
  token: {
    colorPrimary: PALETTE.brand,
    colorSuccess: PALETTE.success,
    colorWarning: PALETTE.warning,
    colorError: PALETTE.danger,
    colorTextBase: PALETTE.ink,
    colorBgLayout: PALETTE.surfaceMuted,
    colorBorder: PALETTE.border,
    borderRadius: LAYOUT.radius,
    fontFamily:
      '"Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", "Source Han Sans SC", system-ui, sans-serif',
  },
  components: {
    Layout: { headerBg: PALETTE.surface, headerHeight: LAYOUT.headerHeight, headerPadding: '0 16px' },
  },
};
