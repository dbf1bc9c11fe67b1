-- TimescaleDB only: hypertables, compression after a few days, retention of at least three years.
SELECT create_hypertable('telemetry_samples', by_range('time', INTERVAL '1 day'));
ALTER TABLE telemetry_samples SET (
  timescaledb.compress,
  timescaledb.compress_segmentby = 'vehicle_id',
  timescaledb.compress_orderby = 'time DESC'
);
SELECT add_compression_policy('telemetry_samples', INTERVAL '7 days');
SELECT add_retention_policy('telemetry_samples', INTERVAL '3 years');

SELECT create_hypertable('vehicle_events', by_range('time', INTERVAL '7 days'));
ALTER TABLE vehicle_events SET (
  timescaledb.compress,
  timescaledb.compress_segmentby = 'vehicle_id',
  timescaledb.compress_orderby = 'time DESC, seq'
);
SELECT add_compression_policy('vehicle_events', INTERVAL '30 days');
SELECT add_retention_policy('vehicle_events', INTERVAL '3 years');
