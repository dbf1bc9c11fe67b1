-- Incidents (collision, level-3 fault, minimal-risk manoeuvre, or opened by hand) and their locked evidence.
CREATE TABLE incidents (
  id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  vehicle_id          text NOT NULL REFERENCES vehicles (id),
  -- Copied from the vehicle when opened, so scoped lists need no join and survive a vehicle changing hands.
  enterprise_id       text NOT NULL,
  kind                text NOT NULL CHECK (kind IN ('collision', 'fault_level_3', 'minimal_risk_maneuver', 'manual')),
  -- Event time of the triggering event (or the time a person picked).
  occurred_at         timestamptz NOT NULL,
  status              text NOT NULL DEFAULT 'opened'
                        CHECK (status IN ('opened', 'drafting', 'submitted', 'review', 'closed')),
  -- NULL = not yet determined.
  at_fault            boolean,
  opened_at           timestamptz NOT NULL DEFAULT now(),
  -- User name of whoever opened it by hand; NULL when a vehicle event opened it.
  opened_by           text,
  alert_id            bigint REFERENCES alerts (id),
  -- The evidence window [occurred_at - before, occurred_at + after], fixed when opened from the settings.
  window_from         timestamptz NOT NULL,
  window_to           timestamptz NOT NULL,
  evidence_state      text NOT NULL DEFAULT 'pending' CHECK (evidence_state IN ('pending', 'locked')),
  -- Collision report fields (IncidentReport in @fleet/incidents-model).
  report              jsonb NOT NULL DEFAULT '{}',
  report_updated_at   timestamptz,
  report_updated_by   text,
  initial_notice_due  timestamptz NOT NULL,
  analysis_due        timestamptz NOT NULL,
  first_submitted_at  timestamptz,
  last_submitted_at   timestamptz,
  closed_at           timestamptz,
  -- Deadline kinds already alerted as overdue (one alert each).
  overdue_alerted     text[] NOT NULL DEFAULT '{}',
  CHECK (window_from <= occurred_at AND occurred_at <= window_to)
);
-- A re-sent or redelivered event opens nothing new: one incident per vehicle, kind and event time.
CREATE UNIQUE INDEX incidents_one_per_event ON incidents (vehicle_id, kind, occurred_at) WHERE kind <> 'manual';
CREATE INDEX incidents_enterprise_idx ON incidents (enterprise_id, occurred_at DESC);
CREATE INDEX incidents_vehicle_idx ON incidents (vehicle_id, occurred_at DESC);
CREATE INDEX incidents_pending_evidence_idx ON incidents (window_to) WHERE evidence_state = 'pending';

CREATE TABLE incident_history (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  incident_id  bigint NOT NULL REFERENCES incidents (id),
  at           timestamptz NOT NULL DEFAULT now(),
  action       text NOT NULL,
  actor        text NOT NULL,
  from_status  text,
  to_status    text,
  note         text NOT NULL DEFAULT ''
);
CREATE INDEX incident_history_incident_idx ON incident_history (incident_id, id);

-- Evidence: copies of the window's rows (never references: retention drops raw chunks), in canonical order.
CREATE TABLE evidence_samples (
  incident_id        bigint NOT NULL REFERENCES incidents (id),
  row_index          integer NOT NULL,
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
  PRIMARY KEY (incident_id, row_index)
);

CREATE TABLE evidence_events (
  incident_id      bigint NOT NULL REFERENCES incidents (id),
  row_index        integer NOT NULL,
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
  PRIMARY KEY (incident_id, row_index)
);

-- The lock: one row per incident, written in the same transaction as its evidence rows.
CREATE TABLE evidence_locks (
  incident_id   bigint PRIMARY KEY REFERENCES incidents (id),
  locked_at     timestamptz NOT NULL DEFAULT now(),
  header        jsonb NOT NULL,
  chain         jsonb NOT NULL,
  digest        text NOT NULL,
  sample_count  integer NOT NULL,
  event_count   integer NOT NULL
);

-- Files attached to an incident, stored in the database (one backup, same legal hold), in chunks because the
-- embedded database refuses any client message above about 64 KB.
CREATE TABLE incident_attachments (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  incident_id   bigint NOT NULL REFERENCES incidents (id),
  file_name     text NOT NULL,
  content_type  text NOT NULL,
  size_bytes    integer NOT NULL,
  sha256        text NOT NULL,
  uploaded_at   timestamptz NOT NULL DEFAULT now(),
  uploaded_by   text NOT NULL,
  -- Chunks are written first, then this flag in the same transaction; readers ignore incomplete uploads.
  complete      boolean NOT NULL DEFAULT false
);
CREATE INDEX incident_attachments_incident_idx ON incident_attachments (incident_id, id);
CREATE TABLE incident_attachment_chunks (
  attachment_id bigint NOT NULL REFERENCES incident_attachments (id),
  n             integer NOT NULL,
  bytes         bytea NOT NULL,
  PRIMARY KEY (attachment_id, n)
);

-- Legal hold: evidence and attachments are append-only, like audit_log. Releasing a hold is a deliberate
-- database operation (a migration), never an API call.
CREATE FUNCTION evidence_is_on_legal_hold() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is on legal hold (append-only)', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER evidence_samples_legal_hold BEFORE UPDATE OR DELETE OR TRUNCATE ON evidence_samples
  FOR EACH STATEMENT EXECUTE FUNCTION evidence_is_on_legal_hold();
CREATE TRIGGER evidence_events_legal_hold BEFORE UPDATE OR DELETE OR TRUNCATE ON evidence_events
  FOR EACH STATEMENT EXECUTE FUNCTION evidence_is_on_legal_hold();
CREATE TRIGGER evidence_locks_legal_hold BEFORE UPDATE OR DELETE OR TRUNCATE ON evidence_locks
  FOR EACH STATEMENT EXECUTE FUNCTION evidence_is_on_legal_hold();
CREATE TRIGGER incident_attachment_chunks_legal_hold BEFORE UPDATE OR DELETE OR TRUNCATE ON incident_attachment_chunks
  FOR EACH STATEMENT EXECUTE FUNCTION evidence_is_on_legal_hold();
-- Attachments: only the completion flag may change (false → true); the rest stays as uploaded.
CREATE FUNCTION incident_attachment_is_on_legal_hold() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND NOT OLD.complete AND NEW.complete
     AND (NEW.id, NEW.incident_id, NEW.file_name, NEW.content_type, NEW.size_bytes, NEW.sha256, NEW.uploaded_at,
          NEW.uploaded_by)
         IS NOT DISTINCT FROM (OLD.id, OLD.incident_id, OLD.file_name, OLD.content_type, OLD.size_bytes, OLD.sha256,
          OLD.uploaded_at, OLD.uploaded_by) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'incident_attachments is on legal hold (append-only)' USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER incident_attachments_legal_hold BEFORE UPDATE OR DELETE ON incident_attachments
  FOR EACH ROW EXECUTE FUNCTION incident_attachment_is_on_legal_hold();
CREATE TRIGGER incident_attachments_no_truncate BEFORE TRUNCATE ON incident_attachments
  FOR EACH STATEMENT EXECUTE FUNCTION evidence_is_on_legal_hold();
-- An incident with evidence cannot go: the foreign keys above already refuse; this makes the reason explicit.
CREATE FUNCTION incident_is_on_legal_hold() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'incidents are on legal hold and cannot be deleted' USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER incidents_no_delete BEFORE DELETE OR TRUNCATE ON incidents
  FOR EACH STATEMENT EXECUTE FUNCTION incident_is_on_legal_hold();
