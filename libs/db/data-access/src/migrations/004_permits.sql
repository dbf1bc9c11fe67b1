-- The regulator's registry: safety officers, approved zones and the permits that bind vehicles to them.

ALTER TABLE vehicles ADD CONSTRAINT vehicles_vin_form CHECK (vin ~ '^[A-HJ-NPR-Z0-9]{17}$');

CREATE TABLE safety_officers (
  id            text PRIMARY KEY CHECK (id ~ '^[A-Za-z0-9_.-]{1,64}$'),
  name          text NOT NULL,
  enterprise_id text NOT NULL REFERENCES enterprises (id),
  licence_years smallint NOT NULL CHECK (licence_years BETWEEN 0 AND 60),
  created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX safety_officers_enterprise_idx ON safety_officers (enterprise_id);

-- Approved road corridors and areas. Geometry is GeoJSON (Polygon, MultiPolygon, or LineString with a width).
CREATE TABLE zones (
  id               text PRIMARY KEY CHECK (id ~ '^[A-Za-z0-9_.-]{1,64}$'),
  name_zh          text NOT NULL,
  name_en          text NOT NULL,
  geometry         jsonb NOT NULL CHECK (geometry ->> 'type' IN ('Polygon', 'MultiPolygon', 'LineString')),
  corridor_width_m real CHECK (corridor_width_m > 0 AND corridor_width_m <= 2000),
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  CHECK ((geometry ->> 'type' = 'LineString') = (corridor_width_m IS NOT NULL))
);

CREATE TABLE permits (
  id                      text PRIMARY KEY CHECK (id ~ '^[A-Za-z0-9_.-]{1,64}$'),
  enterprise_id           text NOT NULL REFERENCES enterprises (id),
  stage                   text NOT NULL CHECK (stage IN ('road_testing', 'demonstration_application',
                                                          'demonstration_operation', 'commercial_operation')),
  -- Daily windows in the pilot zone's local time, e.g. [{"start":"08:40","end":"11:30"}]; empty means all day.
  time_windows            jsonb NOT NULL DEFAULT '[]',
  speed_cap_kph           real NOT NULL CHECK (speed_cap_kph > 0 AND speed_cap_kph <= 150),
  weather_note            text NOT NULL DEFAULT '',
  valid_from              timestamptz NOT NULL,
  valid_to                timestamptz NOT NULL,
  insured_amount_cny      bigint NOT NULL CHECK (insured_amount_cny >= 0),
  safety_officer_required boolean NOT NULL,
  driverless_allowed      boolean NOT NULL,
  status                  text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended', 'revoked', 'expired')),
  status_reason           text,
  status_changed_at       timestamptz,
  status_changed_by       text,
  created_at              timestamptz NOT NULL DEFAULT now(),
  -- A test period is at most 18 months.
  CHECK (valid_to > valid_from AND valid_to <= valid_from + interval '18 months')
);
CREATE INDEX permits_enterprise_idx ON permits (enterprise_id);

CREATE TABLE permit_vehicles (
  permit_id  text NOT NULL REFERENCES permits (id) ON DELETE CASCADE,
  vehicle_id text NOT NULL REFERENCES vehicles (id),
  PRIMARY KEY (permit_id, vehicle_id)
);
CREATE INDEX permit_vehicles_vehicle_idx ON permit_vehicles (vehicle_id);

CREATE TABLE permit_zones (
  permit_id text NOT NULL REFERENCES permits (id) ON DELETE CASCADE,
  zone_id   text NOT NULL REFERENCES zones (id),
  PRIMARY KEY (permit_id, zone_id)
);
