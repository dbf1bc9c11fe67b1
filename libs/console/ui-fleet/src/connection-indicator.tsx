import { Badge } from 'antd';
import { useI18n } from '@fleet/console-i18n';

export type ConnectionState = 'connecting' | 'live' | 'reconnecting' | 'offline';

const BADGE_STATUS = {
  connecting: 'processing',
  live: 'success',
  reconnecting: 'warning',
  offline: 'error',
} as const satisfies Record<ConnectionState, 'processing' | 'success' | 'warning' | 'error'>;

export type ConnectionIndicatorProps = { state: ConnectionState };

/** Live / reconnecting badge for the header. */
export function ConnectionIndicator({ state }: ConnectionIndicatorProps) {
  const { t } = useI18n();
  return (
    <span data-testid="connection-status" data-state={state} aria-live="polite">
      <Badge status={BADGE_STATUS[state]} text={t(`connection.${state}`)} />
    </span>
  );
}
