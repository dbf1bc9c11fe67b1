import { Tag } from 'antd';
import type { AlertStatus } from '@fleet/alerts-model';
import { useI18n } from '@fleet/console-i18n';

/** antd status presets, themed from the palette's tokens: open needs someone, acknowledged is in hand. */
const STATUS_COLORS = {
  open: 'error',
  acknowledged: 'processing',
  resolved: 'success',
} as const satisfies Record<AlertStatus, 'error' | 'processing' | 'success'>;

export type AlertStatusTagProps = { status: AlertStatus };

/** 未处理 / 已确认 / 已解决. */
export function AlertStatusTag({ status }: AlertStatusTagProps) {
  const { t } = useI18n();
  return (
    <Tag color={STATUS_COLORS[status]} data-status={status} style={{ marginInlineEnd: 0 }}>
      {t(`alertStatus.${status}`)}
    </Tag>
  );
}
