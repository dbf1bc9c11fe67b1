import { enterpriseParam, type DataScope } from '@fleet/auth-model';
import type { Queryable } from '@fleet/db';
import type { SafetyOfficer } from '@fleet/registry-model';

type OfficerRow = { id: string; name: string; enterprise_id: string; licence_years: number };

/** Safety officers (安全员) of each enterprise. */
export class SafetyOfficerRepository {
  constructor(private readonly db: Queryable) {}

  async list(scope: DataScope): Promise<SafetyOfficer[]> {
    const result = await this.db.query<OfficerRow>(
      'SELECT * FROM safety_officers WHERE ($1::text IS NULL OR enterprise_id = $1) ORDER BY id',
      [enterpriseParam(scope)],
    );
    return result.rows.map((r) => ({
      id: r.id,
      name: r.name,
      enterpriseId: r.enterprise_id,
      licenceYears: r.licence_years,
    }));
  }

  async upsert(officers: SafetyOfficer[]): Promise<void> {
    for (let i = 0; i < officers.length; i += 500) {
      const chunk = officers.slice(i, i + 500);
      await this.db.query(
        `INSERT INTO safety_officers (id, name, enterprise_id, licence_years)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int2[])
         ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, enterprise_id = EXCLUDED.enterprise_id,
           licence_years = EXCLUDED.licence_years`,
        [
          chunk.map((o) => o.id),
          chunk.map((o) => o.name),
          chunk.map((o) => o.enterpriseId),
          chunk.map((o) => o.licenceYears),
        ],
      );
    }
  }
}
