/** Vehicle categories of the pilot zone (domain.md, "The fleet"). */
export const VEHICLE_CATEGORIES = [
  'l2_car',
  'l3_car',
  'robotaxi',
  'smart_bus',
  'minibus',
  'delivery',
  'sweeper',
  'truck',
  'avp',
] as const;

export type VehicleCategory = (typeof VEHICLE_CATEGORIES)[number];

export function isVehicleCategory(value: string): value is VehicleCategory {
  return (VEHICLE_CATEGORIES as readonly string[]).includes(value);
}
