import { enterpriseParam, type DataScope } from '@fleet/auth-model';
import type { Queryable } from '@fleet/db';

export type Enterprise = { id: string; nameZh: string; nameEn: string; vehicles: number };

/** Test entities (测试主体). An operator sees its own only. */
export class EnterpriseRepository {
  constructor(private readonly db: Queryable) {}

  async list(scope: DataScope): Promise<Enterprise[]> {
    const result = await this.db.query<{ id: string; name_zh: string; name_en: string; vehicles: number }>(
      `SELECT e.id, e.name_zh, e.name_en, (SELECT count(*)::int FROM vehicles v WHERE v.enterprise_id = e.id) AS vehicles
         FROM enterprises e WHERE ($1::text IS NULL OR e.id = $1) ORDER BY e.id`,
      [enterpriseParam(scope)],
    );
    return result.rows.map((r) => ({ id: r.id, nameZh: r.name_zh, nameEn: r.name_en, vehicles: r.vehicles }));
  }

  /** False when the id is taken. */
  async create(enterprise: Omit<Enterprise, 'vehicles'>): Promise<boolean> {
    const result = await this.db.query(
      'INSERT INTO enterprises (id, name_zh, name_en) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING',
      [enterprise.id, enterprise.nameZh, enterprise.nameEn],
    );
    return (result.rowCount ?? 0) > 0;
  }
}
