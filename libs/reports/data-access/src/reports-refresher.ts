import type { Pool, PoolClient } from 'pg';
import {
  COVERAGE_DAILY_ADD_SEGMENTS,
  COVERAGE_DAILY_SUBTRACT_HOURLY,
  COVERAGE_HOURLY_ADD_SEGMENTS,
  DAILY_FROM_HOURLY,
  EVENTS_FROM_RAW,
  HOURLY_ADD_SEGMENTS,
  IN_DAYS,
  OF_VEHICLES,
  ofEnterprisesOf,
  ONLINE_FROM_HOURLY,
  SEGMENTS,
} from './refresh-sql.js';
import type { ReportSettings } from './report-settings.js';
import { DAY_MS, floorHour, HOUR_MS, localDay, localDayStartMs } from './report-time.js';

// Any constant: keeps two api instances from refreshing at once (the second one skips).
const REFRESH_LOCK_ID = 727_007;
// Rows are looked at again if received this close before the last run (a batch may commit a little after it
// was received). Must stay well below settleS, or rows that came on time would look late.
const RECEIVED_SLACK_MS = 10_000;

export type RefreshResult = {
  ran: boolean;
  /** What was counted: the new window for every vehicle, and per vehicle the hours recomputed for re-sent data. */
  ranges: { vehicleId: string | null; from: string; to: string; kind: 'new' | 'recomputed' }[];
  refreshedThrough: string | null;
  /** False when the run stopped at its window (catching up on history): run again. */
  caughtUp: boolean;
};

type StateRow = { refreshed_through: Date | null; received_through: Date | null };
type LateRow = { vehicle_id: string; min_time: Date; max_time: Date };
type Range = { vehicleId: string | null; fromMs: number; toMs: number };

/**
 * Keeps the report tables up to date (see 007_reports.sql for why the platform does it, not a continuous
 * aggregate). `refreshed_through` is the frontier: every segment ending before it is counted exactly once.
 * Each run, in one transaction:
 * - rows received since the last run but timed before its frontier (re-sent buffers, GB/T 32960 补发, or a vehicle
 *   whose clock lags; found through the received_at indexes) make their vehicle's hours, up to the old frontier,
 *   be deleted and recomputed whole from the raw samples, so late data ends up exactly as if it had come on time,
 *   including the segment after it that now has a predecessor;
 * - the segments ending between the old frontier and the new one (now − settle time) are added to their hours.
 * A run's cost follows the new data, not the hour: the embedded database has one connection for everything.
 */
export class ReportsRefresher {
  private eventsAreContinuousAggregate: boolean | undefined;

  constructor(
    private readonly pool: Pool,
    private readonly settings: ReportSettings,
    /** The time the frontier is measured from; the database's clock unless a test fixes it. */
    private readonly clock?: () => number,
  ) {}

  /** Recomputes everything from the first sample on (after changing a setting, or to repair), run after run. */
  async rebuild(): Promise<RefreshResult> {
    let result = await this.run(true);
    while (result.ran && !result.caughtUp) result = await this.run();
    return result;
  }

  async run(rebuild = false): Promise<RefreshResult> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const locked = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_xact_lock($1) AS ok', [
        REFRESH_LOCK_ID,
      ]);
      if (!locked.rows[0]?.ok) {
        await client.query('ROLLBACK');
        return { ran: false, ranges: [], refreshedThrough: null, caughtUp: true };
      }
      if (rebuild) {
        await client.query(
          `UPDATE report_refresh_state SET refreshed_through = NULL, received_through = NULL WHERE id = 'reports'`,
        );
      }
      const result = await this.refresh(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  /**
   * The one place where TimescaleDB and plain PostgreSQL differ for reports: with TimescaleDB the event counts
   * are a continuous aggregate refreshed by its policy; otherwise a table this job fills.
   */
  private async refreshesEvents(client: PoolClient): Promise<boolean> {
    if (this.eventsAreContinuousAggregate === undefined) {
      const kind = await client.query<{ relkind: string }>(
        `SELECT relkind FROM pg_class WHERE oid = 'report_events_hourly'::regclass`,
      );
      this.eventsAreContinuousAggregate = kind.rows[0]?.relkind !== 'r';
    }
    return !this.eventsAreContinuousAggregate;
  }

  private async refresh(client: PoolClient): Promise<RefreshResult> {
    const state = (
      await client.query<StateRow & { now: Date }>(
        `SELECT refreshed_through, received_through, now() AS now
           FROM report_refresh_state WHERE id = 'reports' FOR UPDATE`,
      )
    ).rows[0];
    if (!state) throw new Error('report_refresh_state has no row (migration 007 not applied?)');
    const nowMs = this.clock?.() ?? state.now.getTime();
    const targetMs = Math.floor((nowMs - this.settings.settleS * 1_000) / 1_000) * 1_000;
    // One run counts at most a window, so catching up on history never holds the (single) connection for long.
    const windowMs = this.settings.maxWindowH * HOUR_MS;
    const withEvents = await this.refreshesEvents(client);
    const ranges: RefreshResult['ranges'] = [];
    const iso = (ms: number) => new Date(ms).toISOString();

    const previousMs = state.refreshed_through?.getTime() ?? null;
    const horizon = new Date(nowMs - this.settings.lateHorizonDays * DAY_MS);
    const late = async (table: 'telemetry_samples' | 'vehicle_events') =>
      previousMs === null || !state.received_through
        ? []
        : this.lateRows(client, table, state.received_through, new Date(previousMs), horizon);
    const lateSamples = await late('telemetry_samples');
    const lateEvents = withEvents ? await late('vehicle_events') : [];
    let frontierMs = targetMs;
    if (previousMs === null) {
      // First run (or rebuild): everything up to the new frontier, recomputed.
      const first = await client.query<{ first: Date | null }>(
        `SELECT least((SELECT min(time) FROM telemetry_samples), (SELECT min(time) FROM vehicle_events)) AS first`,
      );
      const fromMs = floorHour(first.rows[0]?.first?.getTime() ?? targetMs);
      frontierMs = Math.min(targetMs, fromMs + windowMs);
      if (fromMs < frontierMs) {
        await this.recompute(client, { vehicleId: null, fromMs, toMs: frontierMs }, withEvents);
        ranges.push({ vehicleId: null, from: iso(fromMs), to: iso(frontierMs), kind: 'recomputed' });
      }
    } else {
      const gapMs = this.settings.gapS * 1_000;
      for (const late of [...lateSamples, ...lateEvents]) {
        const fromMs = floorHour(late.min_time.getTime());
        const toMs = Math.min(previousMs, floorHour(late.max_time.getTime() + gapMs) + HOUR_MS);
        if (fromMs >= toMs) continue;
        await this.recompute(client, { vehicleId: late.vehicle_id, fromMs, toMs }, withEvents);
        ranges.push({ vehicleId: late.vehicle_id, from: iso(fromMs), to: iso(toMs), kind: 'recomputed' });
      }
      frontierMs = Math.min(targetMs, previousMs + windowMs);
      if (frontierMs > previousMs) {
        await this.addNew(client, previousMs, frontierMs, withEvents);
        ranges.push({ vehicleId: null, from: iso(previousMs), to: iso(frontierMs), kind: 'new' });
      }
    }

    const through = previousMs === null || frontierMs > previousMs ? new Date(frontierMs) : state.refreshed_through;
    await client.query(
      `UPDATE report_refresh_state
          SET refreshed_through = $1, received_through = $2, refreshed_at = now()
        WHERE id = 'reports'`,
      [through, new Date(nowMs)],
    );
    return {
      ran: true,
      ranges,
      refreshedThrough: through?.toISOString() ?? null,
      caughtUp: (through?.getTime() ?? 0) >= targetMs,
    };
  }

  /** Per vehicle, the rows received since the last run (less a slack) but timed before its frontier. */
  private async lateRows(
    client: PoolClient,
    table: 'telemetry_samples' | 'vehicle_events',
    receivedThrough: Date,
    frontier: Date,
    horizon: Date,
  ): Promise<LateRow[]> {
    const rows = await client.query<LateRow>(
      `SELECT vehicle_id, min(time) AS min_time, max(time) AS max_time
         FROM ${table}
        WHERE received_at > $1 AND time < $2 AND time >= $3
        GROUP BY vehicle_id`,
      [new Date(receivedThrough.getTime() - RECEIVED_SLACK_MS), frontier, horizon],
    );
    return rows.rows;
  }

  private async segments(client: PoolClient, range: Range): Promise<void> {
    await client.query(`DROP TABLE IF EXISTS report_segments`);
    await client.query(SEGMENTS, [
      new Date(range.fromMs),
      new Date(range.toMs),
      range.vehicleId === null ? null : [range.vehicleId],
      this.settings.gapS,
      this.settings.maxSpeedMps,
    ]);
    // A fresh temporary table has no statistics: without them the planner joins it to vehicles by nested loop.
    await client.query(`ANALYZE report_segments`);
    await client.query(HOURLY_ADD_SEGMENTS);
    await client.query(COVERAGE_HOURLY_ADD_SEGMENTS, [this.settings.coverageCellDeg]);
    await client.query(COVERAGE_DAILY_ADD_SEGMENTS, [this.settings.coverageCellDeg]);
  }

  /** The segments ending in [from, to) for every vehicle, added to what is counted; then the roll-ups. */
  private async addNew(client: PoolClient, fromMs: number, toMs: number, withEvents: boolean): Promise<void> {
    await this.segments(client, { vehicleId: null, fromMs, toMs });
    // Events are few: their hours are simply counted again, up to the frontier.
    if (withEvents) await this.events(client, { vehicleId: null, fromMs: floorHour(fromMs), toMs });
    await this.rollUp(client, { vehicleId: null, fromMs: floorHour(fromMs), toMs });
  }

  /** Hours [from, to) (from on the hour, to on the hour or the frontier) deleted and counted again from raw rows. */
  private async recompute(client: PoolClient, range: Range, withEvents: boolean): Promise<void> {
    const hours = [new Date(range.fromMs), new Date(range.toMs), range.vehicleId === null ? null : [range.vehicleId]];
    await client.query(COVERAGE_DAILY_SUBTRACT_HOURLY, hours);
    await client.query(`DELETE FROM report_coverage_hourly WHERE hour >= $1 AND hour < $2 AND ${OF_VEHICLES}`, hours);
    await client.query(`DELETE FROM report_vehicle_hourly WHERE hour >= $1 AND hour < $2 AND ${OF_VEHICLES}`, hours);
    await this.segments(client, range);
    if (withEvents) await this.events(client, range);
    await this.rollUp(client, range);
  }

  private async events(client: PoolClient, range: Range): Promise<void> {
    const hours = [new Date(range.fromMs), new Date(range.toMs), range.vehicleId === null ? null : [range.vehicleId]];
    await client.query(`DELETE FROM report_events_hourly WHERE hour >= $1 AND hour < $2 AND ${OF_VEHICLES}`, hours);
    await client.query(EVENTS_FROM_RAW, hours);
  }

  /** Daily rows (whole local days around the range) and vehicles online per hour, from the hourly rows. */
  private async rollUp(client: PoolClient, range: Range): Promise<void> {
    const vehicles = range.vehicleId === null ? null : [range.vehicleId];
    const days = [
      new Date(localDayStartMs(localDay(range.fromMs))),
      new Date(localDayStartMs(localDay(range.toMs - 1)) + DAY_MS),
      vehicles,
    ];
    await client.query(`DELETE FROM report_vehicle_daily WHERE ${IN_DAYS} AND ${OF_VEHICLES}`, days);
    await client.query(DAILY_FROM_HOURLY, days);
    await client.query(`DELETE FROM report_coverage_daily WHERE automated_m < 0.001 AND ${IN_DAYS}`, days.slice(0, 2));
    const hours = [new Date(range.fromMs), new Date(range.toMs), vehicles];
    await client.query(
      `DELETE FROM report_online_hourly WHERE hour >= $1 AND hour < $2 AND ${ofEnterprisesOf('enterprise_id')}`,
      hours,
    );
    await client.query(ONLINE_FROM_HOURLY, hours);
  }
}
