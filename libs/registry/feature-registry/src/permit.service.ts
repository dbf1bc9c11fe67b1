import type { AuditService, Principal, RequestOrigin } from '@fleet/auth';
import type { DataScope } from '@fleet/auth-model';
import { ApiError } from '@fleet/http';
import type { LiveBus } from '@fleet/live-bus';
import type { PermitRepository, ZoneRepository } from '@fleet/registry-data';
import type { NewPermit, Permit, PermitStatus } from '@fleet/registry-model';

/** Which status each regulator action moves a permit to, and from which statuses it may. */
const TRANSITIONS = {
  suspend: { to: 'suspended', from: ['active'] },
  reinstate: { to: 'active', from: ['suspended'] },
  revoke: { to: 'revoked', from: ['active', 'suspended'] },
} as const satisfies Record<string, { to: PermitStatus; from: readonly PermitStatus[] }>;

export type PermitAction = keyof typeof TRANSITIONS;
export const PERMIT_ACTIONS = Object.keys(TRANSITIONS) as [PermitAction, ...PermitAction[]];

/** Grants and changes permits; every change is audited and reaches the live rules at once (through the bus). */
export class PermitService {
  constructor(
    private readonly permits: PermitRepository,
    private readonly zones: ZoneRepository,
    private readonly audit: AuditService,
    private readonly bus: LiveBus,
  ) {}

  async create(principal: Principal, permit: NewPermit, origin: RequestOrigin): Promise<Permit> {
    const foreign = await this.permits.foreignVehicles(permit.enterpriseId, permit.vehicleIds);
    if (foreign.length > 0) {
      throw new ApiError('invalid_request', `vehicles not registered to ${permit.enterpriseId}: ${foreign.join(', ')}`);
    }
    const known = new Set((await this.zones.byIds(permit.zoneIds)).map((z) => z.id));
    const unknown = permit.zoneIds.filter((id) => !known.has(id));
    if (unknown.length > 0) throw new ApiError('invalid_request', `unknown zones: ${unknown.join(', ')}`);
    if (!(await this.permits.create(permit))) throw new ApiError('conflict', `permit ${permit.id} exists`);
    await this.audit.record(principal, origin, {
      action: 'permit.create',
      target: { type: 'permit', id: permit.id },
      details: { enterpriseId: permit.enterpriseId, vehicles: permit.vehicleIds.length, stage: permit.stage },
    });
    this.bus.publish({ type: 'permits-changed', permitIds: [permit.id] });
    return (await this.permits.get({ kind: 'all' }, permit.id))!;
  }

  async change(
    principal: Principal,
    scope: DataScope,
    id: string,
    action: PermitAction,
    reason: string,
    origin: RequestOrigin,
  ): Promise<Permit> {
    const current = await this.permits.get(scope, id);
    if (!current) throw new ApiError('not_found', `permit ${id} not found`);
    const { to, from } = TRANSITIONS[action];
    if (!(from as readonly PermitStatus[]).includes(current.status)) {
      throw new ApiError('conflict', `a ${current.status} permit cannot become ${to} (${action})`);
    }
    const changed = (await this.permits.setStatus(scope, id, to, reason, principal.username))!;
    await this.audit.record(principal, origin, {
      action: `permit.${action}`,
      target: { type: 'permit', id },
      details: { from: current.status, to, reason },
    });
    this.bus.publish({ type: 'permits-changed', permitIds: [id] });
    return changed;
  }
}
