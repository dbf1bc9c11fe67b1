import type { VehicleCategory, VehicleRecord } from '@fleet/fleet-model';
import { CATEGORY_CYCLE, CATEGORY_PROFILES } from './category-profiles.js';
import { createRandom, mixSeed, type Random } from './seeded-random.js';
import { VIN_ALPHABET, withVinCheckDigit } from '@fleet/fleet-model';

/**
 * A registry record (id like `RT-0001`, Shanghai test plate `沪A·NNNN试` — see {@link demoPlate}) plus how the
 * simulator drives it.
 */
export type DemoVehicle = VehicleRecord & {
  /** Id of a road from `pilotZoneRoads()`. */
  routeId: string;
  maxSpeedMps: number;
  cruiseSpeedMps: number;
};

/** Changing this changes every demo vehicle: the database seed and running simulators must agree. */
const FLEET_SEED = 20_240_601;

/** Enterprise-specific synthetic WMI; `L` is China's region code, the rest is made up. */
const WMI_BY_ENTERPRISE: Readonly<Record<string, string>> = {
  'ent-demo-01': 'LD1',
  'ent-demo-02': 'LD2',
  'ent-demo-03': 'LD3',
  'ent-demo-04': 'LD4',
  'ent-demo-05': 'LD5',
  'ent-demo-06': 'LD6',
  'ent-demo-07': 'LD7',
};

const MODEL_YEAR_CODES = ['N', 'P', 'R', 'S'] as const; // 2022–2025
const PLATE_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ'; // no I or O, as on Chinese plates

const ORDINAL_IN_CYCLE: readonly number[] = CATEGORY_CYCLE.map(
  (c, i) => CATEGORY_CYCLE.slice(0, i).filter((x) => x === c).length,
);
const PER_CYCLE: Readonly<Record<string, number>> = Object.fromEntries(
  [...new Set(CATEGORY_CYCLE)].map((c) => [c, CATEGORY_CYCLE.filter((x) => x === c).length]),
);

/**
 * Test plate for the n-th vehicle (0-based): 沪A, a middle dot, four serial characters, then 试 (test plate).
 * The serial is four digits 0001–9999, then a letter and three digits (A000–Z999), unique for 33,999 vehicles.
 */
export function demoPlate(index: number): string {
  const n = index + 1;
  if (n <= 9_999) return `沪A·${String(n).padStart(4, '0')}试`;
  const rest = n - 10_000;
  const letter = PLATE_LETTERS[Math.floor(rest / 1_000) % PLATE_LETTERS.length] ?? 'Z';
  return `沪A·${letter}${String(rest % 1_000).padStart(3, '0')}试`;
}

function demoVin(index: number, enterpriseId: string, vinCode: string, level: number, random: Random): string {
  const wmi = WMI_BY_ENTERPRISE[enterpriseId] ?? 'LD0';
  const vds = `${vinCode}${level}${random.pick([...VIN_ALPHABET])}${random.pick([...VIN_ALPHABET])}`;
  const serial = String(index + 1).padStart(6, '0'); // the global index keeps VINs unique
  return withVinCheckDigit(`${wmi}${vds}0${random.pick(MODEL_YEAR_CODES)}${random.pick(['A', 'J', 'S'])}${serial}`);
}

const round1 = (x: number): number => Math.round(x * 10) / 10;

/** The n-th demo vehicle (0-based); the same index always gives the same vehicle. */
export function demoVehicle(index: number): DemoVehicle {
  if (!Number.isInteger(index) || index < 0 || index >= 999_999)
    throw new RangeError(`Demo vehicle index out of range: ${index}`);
  const slot = index % CATEGORY_CYCLE.length;
  const category = CATEGORY_CYCLE[slot] as VehicleCategory;
  const profile = CATEGORY_PROFILES[category];
  const ordinal =
    Math.floor(index / CATEGORY_CYCLE.length) * (PER_CYCLE[category] ?? 1) + (ORDINAL_IN_CYCLE[slot] ?? 0) + 1;
  const random = createRandom(mixSeed(FLEET_SEED, index));
  const automationLevel = random.pick(profile.levels);
  const enterpriseId = random.pick(profile.enterpriseIds);
  const cruise = round1(random.range(profile.cruiseMps[0], profile.cruiseMps[1]));
  return {
    id: `${profile.idPrefix}-${String(ordinal).padStart(4, '0')}`,
    vin: demoVin(index, enterpriseId, profile.vinCode, automationLevel, random),
    plate: demoPlate(index),
    category,
    automationLevel,
    driverlessCapable: random.chance(profile.driverlessShare),
    enterpriseId,
    routeId: random.pick(profile.routeIds),
    maxSpeedMps: profile.maxMps,
    cruiseSpeedMps: Math.min(cruise, profile.maxMps),
  };
}

/** The first `count` demo vehicles; stable, and each fleet is a prefix of every larger one. */
export function demoFleet(count = 300): DemoVehicle[] {
  if (!Number.isInteger(count) || count < 0)
    throw new RangeError(`Fleet size must be a non-negative integer: ${count}`);
  return Array.from({ length: count }, (_, i) => demoVehicle(i));
}
