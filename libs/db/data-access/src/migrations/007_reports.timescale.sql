-- TimescaleDB: events per vehicle per hour as a continuous aggregate (same name and columns as the plain table it
-- replaces), real-time (the newest hour is computed at query time), refreshed by policy. Invalidation makes late
-- (re-sent) events count after the next refresh; start_offset NULL lets the policy reach back as far as needed.
DROP TABLE report_events_hourly;
CREATE MATERIALIZED VIEW report_events_hourly WITH (timescaledb.continuous, timescaledb.materialized_only = false) AS
SELECT vehicle_id,
       time_bucket(INTERVAL '1 hour', time) AS hour,
       count(*) FILTER (WHERE kind = 2) AS disengagements,
       count(*) FILTER (WHERE kind = 2 AND initiator = 1) AS disengagements_system,
       count(*) FILTER (WHERE kind = 2 AND initiator = 2) AS disengagements_officer,
       count(*) FILTER (WHERE kind = 2 AND initiator = 3) AS disengagements_remote,
       count(*) FILTER (WHERE kind = 2 AND initiator = 4) AS disengagements_passenger,
       count(*) FILTER (WHERE kind = 2 AND (initiator IS NULL OR initiator NOT BETWEEN 1 AND 4)) AS disengagements_unreported,
       count(*) FILTER (WHERE kind = 3) AS takeover_requests,
       count(*) FILTER (WHERE kind = 3 AND response_time_ms > 0) AS takeover_responses,
       coalesce(sum(response_time_ms) FILTER (WHERE kind = 3 AND response_time_ms > 0), 0)::bigint AS takeover_response_ms_sum
  FROM vehicle_events
 GROUP BY 1, 2
WITH NO DATA;
SELECT add_continuous_aggregate_policy('report_events_hourly',
  start_offset => NULL, end_offset => INTERVAL '1 hour', schedule_interval => INTERVAL '5 minutes');
