-- People, their sessions, vehicles' MQTT credentials and the audit log.

CREATE TABLE users (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  username      text NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9][a-z0-9._-]{1,63}$'),
  display_name  text NOT NULL,
  role          text NOT NULL CHECK (role IN ('admin', 'regulator', 'operator', 'assessor')),
  -- An operator belongs to exactly one enterprise; nobody else belongs to one.
  enterprise_id text REFERENCES enterprises (id),
  password_hash text NOT NULL,
  disabled_at   timestamptz,
  created_at    timestamptz NOT NULL DEFAULT now(),
  CHECK ((role = 'operator') = (enterprise_id IS NOT NULL))
);

-- One row per signed-in device. The refresh token is stored as a SHA-256 digest and rotated on every use.
CREATE TABLE user_sessions (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id            uuid NOT NULL REFERENCES users (id),
  refresh_token_hash bytea NOT NULL,
  created_at         timestamptz NOT NULL DEFAULT now(),
  refreshed_at       timestamptz NOT NULL DEFAULT now(),
  expires_at         timestamptz NOT NULL,
  revoked_at         timestamptz,
  revoked_reason     text,
  ip                 text,
  user_agent         text
);
CREATE INDEX user_sessions_user_idx ON user_sessions (user_id) WHERE revoked_at IS NULL;

-- MQTT credentials of a vehicle: user name = vehicle id, the secret stored as a SHA-256 digest
-- (the secret is 256 random bits, so a slow KDF adds nothing but connect latency for 20k vehicles).
CREATE TABLE vehicle_credentials (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  vehicle_id  text NOT NULL REFERENCES vehicles (id),
  secret_hash bytea NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  created_by  text NOT NULL,
  -- Set on rotation when the previous secret may stay valid for a grace period.
  expires_at  timestamptz,
  revoked_at  timestamptz,
  revoked_by  text
);
CREATE INDEX vehicle_credentials_vehicle_idx ON vehicle_credentials (vehicle_id) WHERE revoked_at IS NULL;

-- Append-only: who did what, when, from where. Updates and deletes are refused by the database itself.
CREATE TABLE audit_log (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at            timestamptz NOT NULL DEFAULT now(),
  actor_id      text NOT NULL,
  -- The user name at the time (ids alone mean nothing to a regulator reading the log).
  actor_name    text NOT NULL,
  actor_role    text NOT NULL,
  enterprise_id text,
  action        text NOT NULL,
  target_type   text,
  target_id     text,
  outcome       text NOT NULL CHECK (outcome IN ('success', 'denied', 'failure')),
  ip            text,
  user_agent    text,
  details       jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_at_idx ON audit_log (at DESC);
CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, at DESC);

CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();
