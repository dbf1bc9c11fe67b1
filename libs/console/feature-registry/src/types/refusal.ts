import type { AdminApiIssue } from '@fleet/console-admin-api';
import type { MessageKey } from '@fleet/console-i18n';

/** Why a registration was refused: a sentence, the error code (for tests and support) and the server's issues. */
export type Refusal = { key: MessageKey; code: string; issues: readonly AdminApiIssue[] };
