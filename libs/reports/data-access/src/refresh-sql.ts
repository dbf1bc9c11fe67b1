/**
 * The refresher's SQL. Parameters, unless stated: $1 from, $2 to (UTC instants), $3 vehicle ids or null (all).
 * Hours are UTC-aligned (date_bin), days are local (UTC+8) calendar days.
 */

const HOUR_OF = (column: string) => `date_bin(INTERVAL '1 hour', ${column}, TIMESTAMPTZ '2000-01-01 00:00:00+00')`;
const LOCAL_DAY_OF = (column: string) => `((${column} AT TIME ZONE 'UTC') + INTERVAL '8 hours')::date`;

export const OF_VEHICLES = `($3::text[] IS NULL OR vehicle_id = ANY($3::text[]))`;
export const ofEnterprisesOf = (column: string) =>
  `($3::text[] IS NULL OR ${column} IN (SELECT enterprise_id FROM vehicles WHERE id = ANY($3::text[])))`;
/** Local days of the UTC instants $1 (inclusive) and $2 (exclusive, a local midnight). */
export const IN_DAYS = `day >= ${LOCAL_DAY_OF('$1::timestamptz')} AND day < ${LOCAL_DAY_OF('$2::timestamptz')}`;

/**
 * Segments (previous sample → sample) whose end sample lies in [$1, $2), from the raw samples with lag() and
 * $4 = gap s, $5 = max speed m/s. A gap or a jump gives the segment 0 m and 0 s; each sample appears once, as
 * the end of its segment (with dt NULL when it starts a run of data).
 */
export const SEGMENTS = `
  CREATE TEMP TABLE report_segments ON COMMIT DROP AS
  WITH s AS (
    SELECT vehicle_id, time, lat_deg, lon_deg, speed_mps,
           lag(time) OVER w AS p_time, lag(lat_deg) OVER w AS p_lat, lag(lon_deg) OVER w AS p_lon,
           lag(control_mode) OVER w AS p_mode
      FROM telemetry_samples
     WHERE time >= $1::timestamptz - make_interval(secs => $4) AND time < $2
       AND ($3::text[] IS NULL OR vehicle_id = ANY($3::text[]))
    WINDOW w AS (PARTITION BY vehicle_id ORDER BY time)
  ), g AS (
    SELECT vehicle_id, time, speed_mps, p_lat, p_lon, p_mode,
           CASE WHEN time - p_time <= make_interval(secs => $4) THEN extract(epoch FROM time - p_time)::float8 END AS dt,
           report_haversine_m(p_lat, p_lon, lat_deg, lon_deg) AS d
      FROM s
     WHERE time >= $1
  )
  SELECT vehicle_id, time, speed_mps, p_lat, p_lon, p_mode, dt,
         CASE WHEN dt > 0 AND d <= dt * $5 THEN d ELSE 0 END AS m,
         CASE WHEN dt > 0 AND d <= dt * $5 THEN dt ELSE 0 END AS sec
    FROM g`;

const modeSum = (column: 'm' | 'sec', mode: number) => `coalesce(sum(${column}) FILTER (WHERE p_mode = ${mode}), 0)`;
const SUMMED = [
  'distance_m',
  'manual_m',
  'assisted_m',
  'automated_m',
  'remote_m',
  'minimal_risk_m',
  'manual_s',
  'assisted_s',
  'automated_s',
  'remote_s',
  'minimal_risk_s',
  'online_s',
  'samples',
  'speed_sum_mps',
];

/** Adds the segments to their hours (a new hour is inserted; an hour already counted up to here grows). */
export const HOURLY_ADD_SEGMENTS = `
  INSERT INTO report_vehicle_hourly AS h
  SELECT vehicle_id, ${HOUR_OF('time')},
         sum(m), ${modeSum('m', 1)}, ${modeSum('m', 2)}, ${modeSum('m', 3)}, ${modeSum('m', 4)}, ${modeSum('m', 5)},
         ${modeSum('sec', 1)}, ${modeSum('sec', 2)}, ${modeSum('sec', 3)}, ${modeSum('sec', 4)}, ${modeSum('sec', 5)},
         coalesce(sum(dt), 0), count(*), sum(speed_mps), max(speed_mps), min(time), max(time)
    FROM report_segments
   GROUP BY 1, 2
  ON CONFLICT (vehicle_id, hour) DO UPDATE SET
    ${SUMMED.map((c) => `${c} = h.${c} + EXCLUDED.${c}`).join(', ')},
    max_speed_mps = greatest(h.max_speed_mps, EXCLUDED.max_speed_mps),
    first_time = least(h.first_time, EXCLUDED.first_time),
    last_time = greatest(h.last_time, EXCLUDED.last_time)`;

/** $1: cell size in degrees. Automated segments by the cell of their start point. */
const CELLS = `floor(p_lat / $1)::int, floor(p_lon / $1)::int`;

export const COVERAGE_HOURLY_ADD_SEGMENTS = `
  INSERT INTO report_coverage_hourly AS c
  SELECT vehicle_id, ${HOUR_OF('time')}, $1::float8, ${CELLS}, sum(m)
    FROM report_segments WHERE p_mode = 3 AND m > 0
   GROUP BY 1, 2, 3, 4, 5
  ON CONFLICT (vehicle_id, hour, cell_deg, cell_lat, cell_lon) DO UPDATE SET automated_m = c.automated_m + EXCLUDED.automated_m`;

export const COVERAGE_DAILY_ADD_SEGMENTS = `
  INSERT INTO report_coverage_daily AS d
  SELECT v.enterprise_id, ${LOCAL_DAY_OF('s.time')}, $1::float8, ${CELLS}, sum(m)
    FROM report_segments s JOIN vehicles v ON v.id = s.vehicle_id WHERE p_mode = 3 AND m > 0
   GROUP BY 1, 2, 3, 4, 5
  ON CONFLICT (enterprise_id, day, cell_deg, cell_lat, cell_lon) DO UPDATE SET automated_m = d.automated_m + EXCLUDED.automated_m`;

/** Takes the hourly cells of [$1, $2) (vehicles $3) out of the enterprises' daily cells, before they are recomputed. */
export const COVERAGE_DAILY_SUBTRACT_HOURLY = `
  INSERT INTO report_coverage_daily AS d
  SELECT v.enterprise_id, ${LOCAL_DAY_OF('c.hour')}, c.cell_deg, c.cell_lat, c.cell_lon, -sum(c.automated_m)
    FROM report_coverage_hourly c JOIN vehicles v ON v.id = c.vehicle_id
   WHERE c.hour >= $1 AND c.hour < $2 AND ($3::text[] IS NULL OR c.vehicle_id = ANY($3::text[]))
   GROUP BY 1, 2, 3, 4, 5
  ON CONFLICT (enterprise_id, day, cell_deg, cell_lat, cell_lon) DO UPDATE SET automated_m = d.automated_m + EXCLUDED.automated_m`;

/** Events of [$1, $2) per vehicle and hour (plain PostgreSQL; TimescaleDB has the continuous aggregate). */
export const EVENTS_FROM_RAW = `
  INSERT INTO report_events_hourly
  SELECT vehicle_id, ${HOUR_OF('time')},
         count(*) FILTER (WHERE kind = 2),
         count(*) FILTER (WHERE kind = 2 AND initiator = 1),
         count(*) FILTER (WHERE kind = 2 AND initiator = 2),
         count(*) FILTER (WHERE kind = 2 AND initiator = 3),
         count(*) FILTER (WHERE kind = 2 AND initiator = 4),
         count(*) FILTER (WHERE kind = 2 AND (initiator IS NULL OR initiator NOT BETWEEN 1 AND 4)),
         count(*) FILTER (WHERE kind = 3),
         count(*) FILTER (WHERE kind = 3 AND response_time_ms > 0),
         coalesce(sum(response_time_ms) FILTER (WHERE kind = 3 AND response_time_ms > 0), 0)
    FROM vehicle_events
   WHERE time >= $1 AND time < $2 AND ${OF_VEHICLES}
   GROUP BY 1, 2
  HAVING count(*) FILTER (WHERE kind IN (2, 3)) > 0`;

/** Days of [$1, $2) (local midnights) summed again from their hours. */
export const DAILY_FROM_HOURLY = `
  INSERT INTO report_vehicle_daily
  SELECT vehicle_id, ${LOCAL_DAY_OF('hour')}, ${SUMMED.map((c) => `sum(${c})`).join(', ')},
         max(max_speed_mps), min(first_time), max(last_time)
    FROM report_vehicle_hourly WHERE hour >= $1 AND hour < $2 AND ${OF_VEHICLES}
   GROUP BY 1, 2`;

export const ONLINE_FROM_HOURLY = `
  INSERT INTO report_online_hourly
  SELECT h.hour, v.enterprise_id, count(*)
    FROM report_vehicle_hourly h JOIN vehicles v ON v.id = h.vehicle_id
   WHERE h.hour >= $1 AND h.hour < $2 AND ${ofEnterprisesOf('v.enterprise_id')}
   GROUP BY 1, 2`;
