import type { Permit, Zone } from '@fleet/registry-model';
import type { PermitContext } from '@fleet/rules';

/**
 * The permit that governs a vehicle now: of the permits naming it, an active one in its validity (the latest
 * granted), else the one that changed last (so a suspended or revoked permit is reported as such), else none.
 */
export function governingPermit(permits: readonly Permit[], nowMs: number): Permit | undefined {
  const valid = permits.filter(
    (p) => p.status === 'active' && Date.parse(p.validFrom) <= nowMs && nowMs < Date.parse(p.validTo),
  );
  const byLatest = (a: Permit, b: Permit) => changedAt(b) - changedAt(a);
  return [...valid].sort(byLatest)[0] ?? [...permits].sort(byLatest)[0];
}

function changedAt(p: Permit): number {
  return Date.parse(p.statusChangedAt ?? p.validFrom);
}

export function permitContext(permit: Permit, zonesById: ReadonlyMap<string, Zone>): PermitContext {
  return {
    permitId: permit.id,
    status: permit.status,
    statusReason: permit.statusReason,
    validFromMs: Date.parse(permit.validFrom),
    validToMs: Date.parse(permit.validTo),
    // A zone deleted from the registry simply stops approving anything.
    zones: permit.zoneIds.flatMap((id) => {
      const zone = zonesById.get(id);
      return zone ? [zone] : [];
    }),
    timeWindows: permit.timeWindows,
    speedCapKph: permit.speedCapKph,
    driverlessAllowed: permit.driverlessAllowed,
    safetyOfficerRequired: permit.safetyOfficerRequired,
  };
}
