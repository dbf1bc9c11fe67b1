-- The minimal registry the backbone needs: test entities (测试主体) and their vehicles.
CREATE TABLE enterprises (
  id         text PRIMARY KEY,
  name_zh    text NOT NULL,
  name_en    text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE vehicles (
  id                 text PRIMARY KEY CHECK (id ~ '^[A-Za-z0-9_-]{1,64}$'),
  vin                char(17) NOT NULL UNIQUE,
  plate              text NOT NULL,
  category           text NOT NULL CHECK (category IN ('l2_car', 'l3_car', 'robotaxi', 'smart_bus', 'minibus',
                                                         'delivery', 'sweeper', 'truck', 'avp')),
  automation_level   smallint NOT NULL CHECK (automation_level BETWEEN 0 AND 5),
  driverless_capable boolean NOT NULL DEFAULT false,
  enterprise_id      text NOT NULL REFERENCES enterprises (id),
  created_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX vehicles_enterprise_idx ON vehicles (enterprise_id);
CREATE INDEX vehicles_plate_idx ON vehicles (plate);
