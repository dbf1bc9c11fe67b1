import type { AdminHttp } from './admin-http.js';
import { isEnterprise } from './registry-guards.js';
import type { Enterprise, NewEnterprise } from './registry-types.js';
import { isItemList } from './wire-guards.js';

export const ENTERPRISES_PATH = '/api/v1/enterprises';

/** Test entities: every role lists what it may see (an operator its own); admin and regulator register them. */
export class EnterprisesApi {
  constructor(private readonly http: AdminHttp) {}

  async list(signal?: AbortSignal): Promise<Enterprise[]> {
    return (await this.http.json('GET', ENTERPRISES_PATH, (v) => isItemList(v, isEnterprise), undefined, signal)).items;
  }

  /** Refused with `conflict` when the id is taken, `invalid_request` for an id or names the server's rules refuse. */
  create(enterprise: NewEnterprise): Promise<Enterprise> {
    return this.http.json('POST', ENTERPRISES_PATH, isEnterprise, enterprise);
  }
}
