-- Telemetry as it arrives. A sample is identified by (vehicle_id, time): a vehicle cannot be in two states at
-- one instant, so a redelivered or re-sent sample is stored once whatever batch (seq) carried it.
-- Enum columns hold the contract's wire numbers (fleet.telemetry.v1); names live in the code.
CREATE TABLE telemetry_samples (
  vehicle_id         text NOT NULL,
  time               timestamptz NOT NULL,
  seq                bigint NOT NULL,
  received_at        timestamptz NOT NULL,
  resent             boolean NOT NULL,
  lat_deg            double precision NOT NULL,
  lon_deg            double precision NOT NULL,
  speed_mps          real NOT NULL,
  heading_deg        real NOT NULL,
  accel_mps2         real NOT NULL,
  control_mode       smallint NOT NULL,
  gear               smallint,
  steering_deg       real,
  accel_pedal_pct    real,
  brake_pedal_pct    real,
  lights             smallint,
  battery_soc_pct    real,
  odometer_km        double precision,
  sensors            smallint,
  fault_level        smallint,
  fault_codes        text,
  takeover_requested boolean NOT NULL,
  safety_officer_id  text,
  remote_officer_id  text,
  passengers         smallint,
  PRIMARY KEY (vehicle_id, time)
);

CREATE TABLE vehicle_events (
  vehicle_id       text NOT NULL,
  time             timestamptz NOT NULL,
  seq              bigint NOT NULL,
  received_at      timestamptz NOT NULL,
  resent           boolean NOT NULL,
  kind             smallint NOT NULL,
  initiator        smallint,
  lat_deg          double precision,
  lon_deg          double precision,
  speed_mps        real,
  control_mode     smallint,
  fault_level      smallint,
  fault_codes      text,
  response_time_ms integer,
  detail           text NOT NULL,
  PRIMARY KEY (vehicle_id, time, seq)
);

-- The live picture: one row per vehicle, only ever moved forward in event time, so re-sent (buffered)
-- data lands in history without disturbing it.
CREATE TABLE vehicle_state (
  vehicle_id        text PRIMARY KEY REFERENCES vehicles (id) ON DELETE CASCADE,
  time              timestamptz,
  received_at       timestamptz,
  lat_deg           double precision,
  lon_deg           double precision,
  speed_mps         real,
  heading_deg       real,
  accel_mps2        real,
  control_mode      smallint,
  fault_level       smallint,
  battery_soc_pct   real,
  odometer_km       double precision,
  safety_officer_id text,
  passengers        smallint,
  online            boolean NOT NULL DEFAULT false,
  status_time       timestamptz
);

-- Every message the ingest refused, with the reason and (the start of) its raw bytes.
CREATE TABLE dead_letters (
  id            bigserial PRIMARY KEY,
  received_at   timestamptz NOT NULL,
  topic         text NOT NULL,
  vehicle_id    text,
  reason        text NOT NULL,
  detail        text NOT NULL,
  payload       bytea NOT NULL,
  payload_bytes integer NOT NULL
);
CREATE INDEX dead_letters_received_idx ON dead_letters (received_at DESC);
