import type { AutonomousCell } from '@fleet/reports-data';
import type { Zone } from '@fleet/registry-model';
import { distanceToZones, type PermitZone } from '@fleet/rules';

export const toPermitZone = (zone: Zone): PermitZone =>
  zone.geometry.type === 'LineString'
    ? { id: zone.id, geometry: zone.geometry, corridorWidthM: zone.corridorWidthM ?? 0 }
    : { id: zone.id, geometry: zone.geometry };

/**
 * Sums autonomous metres and seconds of the cells whose centre lies inside (or on) the zones, with the rules
 * engine's own geometry (polygons, holes, corridors), once per cell.
 */
export function insideZones(
  cells: readonly AutonomousCell[],
  zones: readonly PermitZone[],
  cellDeg: number,
): { metres: number; seconds: number } {
  const memo = new Map<string, boolean>();
  let metres = 0;
  let seconds = 0;
  for (const cell of cells) {
    const key = `${cell.cellLat}:${cell.cellLon}`;
    let inside = memo.get(key);
    if (inside === undefined) {
      const centre: [number, number] = [(cell.cellLon + 0.5) * cellDeg, (cell.cellLat + 0.5) * cellDeg];
      const signed = distanceToZones(centre, zones).signedM;
      inside = signed !== null && signed <= 0;
      memo.set(key, inside);
    }
    if (inside) {
      metres += cell.metres;
      seconds += cell.seconds;
    }
  }
  return { metres, seconds };
}
