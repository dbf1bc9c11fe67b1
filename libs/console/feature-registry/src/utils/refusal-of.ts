import { isAdminApiError, type AdminApiErrorCode } from '@fleet/console-admin-api';
import { errorMessageKey } from '@fleet/console-admin-pages';
import type { MessageKey } from '@fleet/console-i18n';
import type { Refusal } from '../types/refusal.js';

/** The refusal to show for a failed registration; `specific` says more than the common sentence for some codes. */
export function refusalOf(error: unknown, specific: Partial<Record<AdminApiErrorCode, MessageKey>> = {}): Refusal {
  if (!isAdminApiError(error)) return { key: errorMessageKey(error), code: 'unknown', issues: [] };
  return { key: specific[error.code] ?? errorMessageKey(error), code: error.code, issues: error.issues };
}
