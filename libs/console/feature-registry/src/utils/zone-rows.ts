import type { ZoneFeatureCollection } from '@fleet/registry-model';
import type { ZoneRow } from '../types/zone-row.js';

/** One row per zone, ordered by id; a line string is a corridor, whatever its width property says. */
export function zoneRowsOf(collection: ZoneFeatureCollection): ZoneRow[] {
  return collection.features
    .map(({ geometry, properties }): ZoneRow => {
      const corridor = geometry.type === 'LineString';
      return {
        id: properties.id,
        nameZh: properties.name_zh,
        nameEn: properties.name_en,
        type: corridor ? 'corridor' : 'area',
        widthM: corridor ? properties.corridor_width_m : null,
      };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}
