import type { Queryable } from '@fleet/db';
import type { Zone } from '@fleet/registry-model';

type ZoneRow = {
  id: string;
  name_zh: string;
  name_en: string;
  geometry: Zone['geometry'];
  corridor_width_m: number | null;
};

/** Approved areas and corridors. Zones are shared geography, not any enterprise's data, so reads take no scope. */
export class ZoneRepository {
  constructor(private readonly db: Queryable) {}

  async list(): Promise<Zone[]> {
    const result = await this.db.query<ZoneRow>('SELECT * FROM zones ORDER BY id');
    return result.rows.map(toZone);
  }

  async byIds(ids: string[]): Promise<Zone[]> {
    const result = await this.db.query<ZoneRow>('SELECT * FROM zones WHERE id = ANY($1::text[]) ORDER BY id', [ids]);
    return result.rows.map(toZone);
  }

  /** Inserts or replaces zones by id (an import of a FeatureCollection). */
  async upsert(zones: Zone[]): Promise<void> {
    for (const zone of zones) {
      await this.db.query(
        `INSERT INTO zones (id, name_zh, name_en, geometry, corridor_width_m) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (id) DO UPDATE SET name_zh = EXCLUDED.name_zh, name_en = EXCLUDED.name_en,
           geometry = EXCLUDED.geometry, corridor_width_m = EXCLUDED.corridor_width_m, updated_at = now()`,
        [zone.id, zone.nameZh, zone.nameEn, JSON.stringify(zone.geometry), zone.corridorWidthM],
      );
    }
  }
}

function toZone(row: ZoneRow): Zone {
  const base = { id: row.id, nameZh: row.name_zh, nameEn: row.name_en };
  // The table's CHECK ties a width to line geometry and only to it.
  return row.geometry.type === 'LineString'
    ? { ...base, geometry: row.geometry, corridorWidthM: row.corridor_width_m ?? 0 }
    : { ...base, geometry: row.geometry, corridorWidthM: null };
}
