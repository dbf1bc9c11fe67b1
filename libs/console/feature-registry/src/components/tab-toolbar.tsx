import type { ReactNode } from 'react';
import { Button, Flex } from 'antd';
import { useI18n } from '@fleet/console-i18n';

export type TabToolbarProps = {
  /** What the tab lists in all, or its search. */
  summary: ReactNode;
  /** `data-testid` of the refresh button. */
  refreshTestId: string;
  onRefresh: () => void;
  /** The tab's own buttons, after refresh (nothing for a role that only reads). */
  actions?: ReactNode;
};

/** The line above a registry table: what is listed on the left, refresh and the tab's actions on the right. */
export function TabToolbar({ summary, refreshTestId, onRefresh, actions }: TabToolbarProps) {
  const { t } = useI18n();
  return (
    <Flex justify="space-between" align="center" gap={12} wrap style={{ marginBottom: 12 }}>
      <Flex align="center" gap={12}>
        {summary}
      </Flex>
      <Flex align="center" gap={8}>
        <Button size="small" data-testid={refreshTestId} onClick={onRefresh}>
          {t('common.refresh')}
        </Button>
        {actions}
      </Flex>
    </Flex>
  );
}
