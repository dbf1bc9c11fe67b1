import type { LiveConnection } from '@fleet/console-live';
import { ConnectionIndicator } from '@fleet/console-ui';
import { useConnectionStatus } from '../hooks/use-connection-status.js';

export type LiveConnectionIndicatorProps = { connection: LiveConnection };

/** The header's live / reconnecting badge; only it re-renders when the socket's status changes. */
export function LiveConnectionIndicator({ connection }: LiveConnectionIndicatorProps) {
  return <ConnectionIndicator state={useConnectionStatus(connection)} />;
}
