import type { AdminHttp } from './admin-http.js';

export const PASSWORD_PATH = '/api/v1/auth/password';

/** The signed-in account changes its own password; its other sessions end, this one stays. */
export class OwnPasswordApi {
  constructor(private readonly http: AdminHttp) {}

  /** Refused with `invalid_request` when the current password is wrong (or the new one too short). */
  change(currentPassword: string, newPassword: string): Promise<void> {
    return this.http.noContent('POST', PASSWORD_PATH, { currentPassword, newPassword });
  }
}
