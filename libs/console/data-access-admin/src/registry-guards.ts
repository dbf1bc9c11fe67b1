import { VEHICLE_CATEGORIES, type VehicleSummary } from '@fleet/fleet-model';
import type { SafetyOfficer } from '@fleet/registry-model';
import { isRecord, isString, oneOf } from './guard-primitives.js';
import type { Enterprise, VehiclePage } from './registry-types.js';

export function isEnterprise(v: unknown): v is Enterprise {
  return (
    isRecord(v) &&
    isString(v['id']) &&
    isString(v['nameZh']) &&
    isString(v['nameEn']) &&
    typeof v['vehicles'] === 'number'
  );
}

/** A vehicle's registry part is checked; its latest state is the live map's business and only checked to be there. */
export function isVehicleSummary(v: unknown): v is VehicleSummary {
  return (
    isRecord(v) &&
    isString(v['id']) &&
    isString(v['vin']) &&
    isString(v['plate']) &&
    oneOf(VEHICLE_CATEGORIES, v['category']) &&
    typeof v['automationLevel'] === 'number' &&
    typeof v['driverlessCapable'] === 'boolean' &&
    isString(v['enterpriseId']) &&
    isString(v['enterpriseName']) &&
    (v['state'] === null || isRecord(v['state']))
  );
}

export function isVehiclePage(v: unknown): v is VehiclePage {
  return (
    isRecord(v) && Array.isArray(v['items']) && v['items'].every(isVehicleSummary) && typeof v['total'] === 'number'
  );
}

export function isSafetyOfficer(v: unknown): v is SafetyOfficer {
  return (
    isRecord(v) &&
    isString(v['id']) &&
    isString(v['name']) &&
    isString(v['enterpriseId']) &&
    typeof v['licenceYears'] === 'number'
  );
}

/** The answer of importing zones. */
export function isImportedCount(v: unknown): v is { imported: number } {
  return isRecord(v) && typeof v['imported'] === 'number';
}
