-- Report aggregates: the figures regulators read all day (distance, autonomous distance and time, disengagements…).
--
-- Distance needs consecutive sample pairs (a window function), which TimescaleDB continuous aggregates cannot
-- express, and a late (re-sent) sample changes the segment of the sample after it. So the sample-derived tables
-- below are plain tables on every database, kept by the platform (ReportsRefresher): each run adds the segments that
-- ended since its last frontier, and recomputes whole hours, from raw samples, for vehicles whose rows arrived late
-- (received since the last run, timed before its frontier: found through the received_at indexes below).
-- The event-derived hourly table is a continuous aggregate with a refresh policy on TimescaleDB
-- (007_reports.timescale.sql replaces the table below by it) and refreshed by the same platform job otherwise.

CREATE INDEX telemetry_samples_received_idx ON telemetry_samples (received_at);
CREATE INDEX vehicle_events_received_idx ON vehicle_events (received_at);

CREATE FUNCTION report_haversine_m(lat1 double precision, lon1 double precision,
                                   lat2 double precision, lon2 double precision)
  RETURNS double precision LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT 2 * 6371008.8 * asin(least(1, sqrt(
           sin(radians(lat2 - lat1) / 2) ^ 2
           + cos(radians(lat1)) * cos(radians(lat2)) * sin(radians(lon2 - lon1) / 2) ^ 2)))
$$;

-- Per vehicle per hour, from consecutive samples. A segment (previous sample → this sample) belongs to the hour
-- of its end sample and to the control mode of its start sample. A gap longer than the setting, or a jump
-- implying more than the speed setting, contributes nothing: gaps are never bridged by straight lines.
CREATE TABLE report_vehicle_hourly (
  vehicle_id      text NOT NULL,
  hour            timestamptz NOT NULL,
  distance_m      double precision NOT NULL,
  manual_m        double precision NOT NULL,
  assisted_m      double precision NOT NULL,
  automated_m     double precision NOT NULL,
  remote_m        double precision NOT NULL,
  minimal_risk_m  double precision NOT NULL,
  manual_s        double precision NOT NULL,
  assisted_s      double precision NOT NULL,
  automated_s     double precision NOT NULL,
  remote_s        double precision NOT NULL,
  minimal_risk_s  double precision NOT NULL,
  -- Time covered by samples no further apart than the gap setting.
  online_s        double precision NOT NULL,
  samples         integer NOT NULL,
  speed_sum_mps   double precision NOT NULL,
  max_speed_mps   real NOT NULL,
  first_time      timestamptz NOT NULL,
  last_time       timestamptz NOT NULL,
  PRIMARY KEY (vehicle_id, hour)
);
CREATE INDEX report_vehicle_hourly_hour_idx ON report_vehicle_hourly (hour);

-- The same per local (UTC+8) calendar day, summed from the hourly rows, so a 30-day dashboard reads 30 rows a vehicle.
CREATE TABLE report_vehicle_daily (
  vehicle_id      text NOT NULL,
  day             date NOT NULL,
  distance_m      double precision NOT NULL,
  manual_m        double precision NOT NULL,
  assisted_m      double precision NOT NULL,
  automated_m     double precision NOT NULL,
  remote_m        double precision NOT NULL,
  minimal_risk_m  double precision NOT NULL,
  manual_s        double precision NOT NULL,
  assisted_s      double precision NOT NULL,
  automated_s     double precision NOT NULL,
  remote_s        double precision NOT NULL,
  minimal_risk_s  double precision NOT NULL,
  online_s        double precision NOT NULL,
  samples         integer NOT NULL,
  speed_sum_mps   double precision NOT NULL,
  max_speed_mps   real NOT NULL,
  first_time      timestamptz NOT NULL,
  last_time       timestamptz NOT NULL,
  PRIMARY KEY (vehicle_id, day)
);
CREATE INDEX report_vehicle_daily_day_idx ON report_vehicle_daily (day);

-- Autonomous metres per grid cell (cell = floor(deg / cell size); the size is the refresher's setting, stored
-- with each row so a changed setting never mixes sizes): per vehicle and hour, then per enterprise and local day
-- for the heat map (an enterprise's vehicles share roads, so that is far fewer rows to sum over 30 days).
CREATE TABLE report_coverage_hourly (
  vehicle_id  text NOT NULL,
  hour        timestamptz NOT NULL,
  cell_deg    double precision NOT NULL,
  cell_lat    integer NOT NULL,
  cell_lon    integer NOT NULL,
  automated_m double precision NOT NULL,
  PRIMARY KEY (vehicle_id, hour, cell_deg, cell_lat, cell_lon)
);
CREATE INDEX report_coverage_hourly_hour_idx ON report_coverage_hourly (hour);
CREATE TABLE report_coverage_daily (
  enterprise_id text NOT NULL,
  day           date NOT NULL,
  cell_deg      double precision NOT NULL,
  cell_lat      integer NOT NULL,
  cell_lon      integer NOT NULL,
  automated_m   double precision NOT NULL,
  PRIMARY KEY (enterprise_id, day, cell_deg, cell_lat, cell_lon)
);
CREATE INDEX report_coverage_daily_day_idx ON report_coverage_daily (day);

-- Vehicles that sent data, per hour and enterprise (the dashboard's "online over time" without scanning every
-- vehicle's hourly row).
CREATE TABLE report_online_hourly (
  hour          timestamptz NOT NULL,
  enterprise_id text NOT NULL,
  vehicles      integer NOT NULL,
  PRIMARY KEY (hour, enterprise_id)
);

-- Events per vehicle per hour (initiator numbers as on the wire: 1 system, 2 safety officer, 3 remote operator,
-- 4 passenger). Plain PostgreSQL: this table, refreshed by the platform; TimescaleDB: a continuous aggregate.
CREATE TABLE report_events_hourly (
  vehicle_id                text NOT NULL,
  hour                      timestamptz NOT NULL,
  disengagements            bigint NOT NULL,
  disengagements_system     bigint NOT NULL,
  disengagements_officer    bigint NOT NULL,
  disengagements_remote     bigint NOT NULL,
  disengagements_passenger  bigint NOT NULL,
  disengagements_unreported bigint NOT NULL,
  takeover_requests         bigint NOT NULL,
  takeover_responses        bigint NOT NULL,
  takeover_response_ms_sum  bigint NOT NULL,
  PRIMARY KEY (vehicle_id, hour)
);

-- The refresher's progress: every segment ending before `refreshed_through` is counted; rows received before
-- `received_through` have been looked at.
CREATE TABLE report_refresh_state (
  id                text PRIMARY KEY,
  refreshed_through timestamptz,
  received_through  timestamptz,
  refreshed_at      timestamptz
);
INSERT INTO report_refresh_state (id) VALUES ('reports');
