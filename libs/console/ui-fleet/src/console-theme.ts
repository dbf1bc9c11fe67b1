import type { ThemeConfig } from 'antd';
import { PALETTE } from '@fleet/console-tokens';

/** Layout sizes shared by the chrome, in pixels. */
export const LAYOUT = {
  headerHeight: 56,
  /** The row of page links under the header. */
  navHeight: 40,
  panelWidth: 340,
  loginCardWidth: 380,
  gap: 12,
  radius: 8,
} as const;

/** Font for secrets, ids and raw codes: digits and look-alike letters (0/O, l/1) must be told apart. */
export const MONO_FONT_FAMILY =
  '"Noto Sans Mono CJK SC", "DejaVu Sans Mono", ui-monospace, SFMono-Regular, Menlo, Consolas, monospace';

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
    fontFamilyCode: MONO_FONT_FAMILY,
    fontFamily:
      '"Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", "Source Han Sans SC", system-ui, sans-serif',
  },
  components: {
    Layout: { headerBg: PALETTE.surface, headerHeight: LAYOUT.headerHeight, headerPadding: '0 16px' },
    // The page menu shares the header with the fleet counts: narrower items leave the counts more room.
    Menu: { itemPaddingInline: 12 },
  },
};
