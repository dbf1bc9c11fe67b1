import { Tag } from 'antd';
import type { PermitStatus } from '@fleet/registry-model';
import { useI18n } from '@fleet/console-i18n';

/** antd status presets, themed from the palette's tokens. */
const STATUS_COLORS = {
  active: 'success',
  suspended: 'warning',
  revoked: 'error',
  expired: 'default',
} as const satisfies Record<PermitStatus, 'success' | 'warning' | 'error' | 'default'>;

export type PermitStatusTagProps = { status: PermitStatus };

/** 有效 / 已暂停 / 已撤销 / 已过期. */
export function PermitStatusTag({ status }: PermitStatusTagProps) {
  const { t } = useI18n();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="permit-status" data-status={status} style={{ marginInlineEnd: 0 }}>
      {t(`permitStatus.${status}`)}
    </Tag>
  );
}
