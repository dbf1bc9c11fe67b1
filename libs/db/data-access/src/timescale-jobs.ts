import type { Queryable } from './queryable.js';

/**
 * Runs TimescaleDB policy jobs (compression, retention, aggregate refresh) that are due. The embedded
 * database has no background workers, so the platform calls this on a timer; a server runs them itself.
 */
export async function runDueTimescaleJobs(db: Queryable): Promise<number[]> {
  const due = await db.query<{ job_id: number }>(
    // Ids below 1000 are TimescaleDB's own housekeeping jobs (telemetry, job-history cleanup).
    `SELECT job_id FROM timescaledb_information.jobs
      WHERE scheduled AND next_start <= now() AND job_id >= 1000
      ORDER BY job_id`,
  );
  const ran: number[] = [];
  for (const { job_id } of due.rows) {
    await db.query('CALL run_job($1)', [job_id]);
    ran.push(job_id);
  }
  return ran;
}
