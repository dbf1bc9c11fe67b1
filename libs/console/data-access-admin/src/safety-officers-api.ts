import type { SafetyOfficer } from '@fleet/registry-model';
import type { AdminHttp } from './admin-http.js';
import { isSafetyOfficer } from './registry-guards.js';
import { isItemList } from './wire-guards.js';

export const SAFETY_OFFICERS_PATH = '/api/v1/safety-officers';

/**
 * Safety officers (安全员): every role lists what it may see (an operator its own enterprise's). Registering one
 * with an id already known updates it; the server lets an operator do so only for its own enterprise.
 */
export class SafetyOfficersApi {
  constructor(private readonly http: AdminHttp) {}

  async list(signal?: AbortSignal): Promise<SafetyOfficer[]> {
    return (await this.http.json('GET', SAFETY_OFFICERS_PATH, (v) => isItemList(v, isSafetyOfficer), undefined, signal))
      .items;
  }

  register(officer: SafetyOfficer): Promise<SafetyOfficer> {
    return this.http.json('POST', SAFETY_OFFICERS_PATH, isSafetyOfficer, officer);
  }
}
