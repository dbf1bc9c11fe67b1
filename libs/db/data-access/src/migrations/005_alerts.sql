-- Alerts raised by the live rules: one open alert per vehicle and kind until people resolve it.
CREATE TABLE alerts (
  id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  vehicle_id        text NOT NULL REFERENCES vehicles (id),
  -- Copied from the vehicle when raised, so scoped lists need no join and survive a vehicle changing hands.
  enterprise_id     text NOT NULL,
  kind              text NOT NULL,
  severity          text NOT NULL CHECK (severity IN ('info', 'warning', 'critical')),
  status            text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'acknowledged', 'resolved')),
  -- Event time of the triggering sample or event; the latest one when the condition came back.
  raised_at         timestamptz NOT NULL,
  last_raised_at    timestamptz NOT NULL,
  occurrences       integer NOT NULL DEFAULT 1,
  detail            text NOT NULL,
  -- The numbers that triggered it, and the triggering sample or event as received.
  facts             jsonb NOT NULL DEFAULT '{}',
  lat_deg           double precision,
  lon_deg           double precision,
  permit_id         text,
  -- The condition ended (the rule cleared it); the alert stays until someone resolves it.
  cleared_at        timestamptz,
  acknowledged_at   timestamptz,
  acknowledged_by   text,
  acknowledge_note  text,
  resolved_at       timestamptz,
  resolved_by       text,
  resolve_note      text,
  escalated_at      timestamptz,
  created_at        timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX alerts_one_unresolved_per_vehicle_kind ON alerts (vehicle_id, kind) WHERE status <> 'resolved';
CREATE INDEX alerts_status_idx ON alerts (status, raised_at DESC);
CREATE INDEX alerts_enterprise_idx ON alerts (enterprise_id, raised_at DESC);
CREATE INDEX alerts_vehicle_idx ON alerts (vehicle_id, raised_at DESC);
