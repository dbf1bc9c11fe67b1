import type { AlertKind } from '../alert-kinds.js';
import { type Evaluation, holdOneOf, type RaiseInput } from '../evaluation.js';
import type { PermitContext, SampleFacts, VehicleFacts } from '../facts.js';
import { isDriverless } from '../operating.js';
import type { RuleSettings } from '../settings.js';

const CREW_KINDS: readonly AlertKind[] = ['driverless_not_permitted', 'safety_officer_missing'];

/**
 * Nobody on board while automation drives has one cause, so at most one of the two kinds is open:
 * - `driverless_not_permitted` when driverless running is not allowed at all: the permit lacks the driverless flag,
 *   or the vehicle is not registered as driverless-capable (checked even without a permit: it is a property of
 *   the vehicle);
 * - `safety_officer_missing` when driverless running is allowed but the permit still asks for an officer on board.
 * Without a permit the missing permit is the alert; its driverless flag cannot be judged.
 */
export function crewShortfall(
  vehicle: VehicleFacts,
  permit: PermitContext | null,
  sample: SampleFacts,
  settings: RuleSettings,
): { kind: AlertKind; input: RaiseInput } | null {
  if (!isDriverless(sample, settings)) return null;
  const facts = {
    controlMode: sample.controlMode,
    permitId: permit?.permitId ?? null,
    driverlessAllowed: permit?.driverlessAllowed ?? null,
    safetyOfficerRequired: permit?.safetyOfficerRequired ?? null,
    driverlessCapable: vehicle.driverlessCapable,
  };
  if (!vehicle.driverlessCapable) {
    return { kind: 'driverless_not_permitted', input: { detail: 'vehicle not registered as driverless', facts } };
  }
  if (!permit) return null;
  if (!permit.driverlessAllowed) {
    return {
      kind: 'driverless_not_permitted',
      input: { detail: `permit ${permit.permitId} does not allow driverless operation`, facts },
    };
  }
  if (permit.safetyOfficerRequired) {
    return {
      kind: 'safety_officer_missing',
      input: { detail: `permit ${permit.permitId} requires a safety officer on board`, facts },
    };
  }
  return null;
}

export function checkCrew(
  ev: Evaluation,
  vehicle: VehicleFacts,
  permit: PermitContext | null,
  sample: SampleFacts,
  settings: RuleSettings,
): void {
  holdOneOf(ev, CREW_KINDS, crewShortfall(vehicle, permit, sample, settings), sample.timeMs, 'crew as permitted');
}
