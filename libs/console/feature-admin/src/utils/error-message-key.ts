import { isAdminApiError } from '@fleet/console-admin-api';
import { isAuthError } from '@fleet/console-auth';
import type { MessageKey } from '@fleet/console-i18n';

/** The sentence to show for a failed access-control call (callers handle the cases they can say more about). */
export function errorMessageKey(error: unknown): MessageKey {
  if (isAuthError(error, 'signed_out')) return 'error.sessionEnded';
  if (!isAdminApiError(error)) return 'error.unavailable';
  switch (error.code) {
    case 'forbidden':
      return 'error.forbidden';
    case 'not_found':
      return 'error.notFound';
    case 'conflict':
      return 'error.conflict';
    case 'invalid_request':
    case 'payload_too_large':
      return 'error.invalid';
    case 'rate_limited':
      return 'error.rateLimited';
    case 'unauthenticated':
      return 'error.sessionEnded';
    case 'unexpected_response':
      return 'error.unexpected';
    case 'internal':
    case 'unreachable':
      return 'error.unavailable';
  }
}
