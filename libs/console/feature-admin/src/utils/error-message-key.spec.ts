import { describe, expect, it } from 'vitest';
import { AdminApiError } from '@fleet/console-admin-api';
import { AuthError } from '@fleet/console-auth';
import { errorMessageKey } from './error-message-key.js';

describe(errorMessageKey.name, () => {
  it('explains refusals by role and by scope', () => {
    expect(errorMessageKey(new AdminApiError(403, 'forbidden', ''))).toBe('error.forbidden');
    expect(errorMessageKey(new AdminApiError(404, 'not_found', ''))).toBe('error.notFound');
  });

  it('says the session ended when the session could not be renewed', () => {
    expect(errorMessageKey(new AuthError('signed_out', 'the session has ended'))).toBe('error.sessionEnded');
  });

  it('treats anything else as the platform being unavailable', () => {
    expect(errorMessageKey(new AdminApiError(0, 'unreachable', ''))).toBe('error.unavailable');
    expect(errorMessageKey(new Error('boom'))).toBe('error.unavailable');
    expect(errorMessageKey(new AdminApiError(429, 'rate_limited', ''))).toBe('error.rateLimited');
  });
});
