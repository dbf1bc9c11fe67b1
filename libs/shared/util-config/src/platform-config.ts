import { z } from 'zod';

const port = z.coerce.number().int().min(0).max(65_535);
const positiveInt = z.coerce.number().int().positive();
const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const url = (protocols: string[]) =>
  z
    .string()
    .url()
    .refine((v) => protocols.some((p) => v.startsWith(`${p}://`)), `must start with ${protocols.join('://, ')}://`);

/**
 * Every setting of the platform, read once from the environment at start-up.
 * An unset MQTT_URL / DATABASE_URL / REDIS_URL means "use the embedded part".
 */
const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),

  HTTP_HOST: z.string().default('127.0.0.1'),
  HTTP_PORT: port.default(3000),
  CONSOLE_DIST_DIR: z.string().default('dist/apps/console'),

  MQTT_URL: url(['mqtt', 'mqtts', 'tcp', 'ws', 'wss']).optional(),
  MQTT_USERNAME: z.string().optional(),
  MQTT_PASSWORD: z.string().optional(),
  EMBEDDED_MQTT_HOST: z.string().default('127.0.0.1'),
  EMBEDDED_MQTT_PORT: port.default(1883),
  /** Largest MQTT payload the ingest accepts; larger ones are dead-lettered. */
  MQTT_MAX_PAYLOAD_BYTES: positiveInt.default(64 * 1024),
  /** Embedded broker: messages a vehicle may publish per second (averaged over 10 s) before it is disconnected. */
  MQTT_MAX_MESSAGES_PER_VEHICLE_PER_S: positiveInt.default(50),
  /** If set, an external broker's HTTP auth hooks must send `Authorization: Bearer <this>`. */
  BROKER_HOOK_TOKEN: z.string().min(16).optional(),

  /** HMAC key of access tokens, at least 32 characters; shared by every api instance. Required in production. */
  AUTH_TOKEN_SECRET: z.string().min(32).optional(),
  AUTH_ACCESS_TOKEN_TTL_S: positiveInt.default(900),
  AUTH_REFRESH_TOKEN_TTL_S: positiveInt.default(12 * 3_600),
  /** Failed sign-ins per user name and address within 15 minutes before further attempts are refused. */
  AUTH_LOGIN_MAX_FAILURES: positiveInt.default(5),
  /** Requests per account per minute before the API answers 429. */
  AUTH_REQUESTS_PER_MINUTE: positiveInt.default(1_200),
  /** Express `trust proxy`: set it when the api runs behind a reverse proxy so audit entries carry the client address. */
  HTTP_TRUST_PROXY: z.string().default('false'),

  DATABASE_URL: url(['postgres', 'postgresql']).optional(),
  DATA_DIR: z.string().default('data'),
  EMBEDDED_DB_PORT: port.default(5433),
  /** Upper bound on one statement's parameters (the embedded database's one connection is held while it runs). */
  DB_MAX_STATEMENT_BYTES: positiveInt.optional(),
  DB_POOL_SIZE: positiveInt.optional(),

  INGEST_BATCH_MAX_ROWS: positiveInt.default(2_000),
  INGEST_BATCH_MAX_WAIT_MS: positiveInt.default(200),
  /** Samples waiting for the database before the consumer stops reading from the broker. */
  INGEST_QUEUE_HIGH_WATER: positiveInt.default(20_000),
  INGEST_MAX_SAMPLES_PER_MESSAGE: positiveInt.default(100),
  INGEST_MAX_FUTURE_SKEW_MS: positiveInt.default(5 * 60_000),
  INGEST_MAX_AGE_MS: positiveInt.default(30 * 24 * 3_600_000),
  INGEST_REGISTRY_REFRESH_MS: positiveInt.default(10_000),

  /** Redis for the live bus and the socket.io adapter when several processes run; unset: in process. */
  REDIS_URL: url(['redis', 'rediss']).optional(),
  /** Push cadence to consoles; 500 ms keeps publish → console under 1 s at p99 (see the benchmark). */
  LIVE_TICK_MS: positiveInt.default(500),

  /** Overrides of the rule thresholds as JSON (see libs/rules/util-rules/src/settings.ts for every one). */
  RULE_SETTINGS: z.string().optional(),
  /** A critical alert nobody acknowledged within this many seconds is escalated. */
  ALERT_ESCALATE_AFTER_S: positiveInt.default(300),

  /** Register the demo enterprises and vehicles (development only). */
  DEMO_FLEET: flag.default(true),
  /** Run the demo fleet simulator as a child process. */
  SIMULATOR: flag.default(true),
  SIMULATOR_VEHICLES: z.coerce.number().int().min(0).default(300),
  SIMULATOR_HZ: z.coerce.number().positive().default(1),
});

export type PlatformConfig = {
  env: 'development' | 'production' | 'test';
  logLevel: string;
  http: { host: string; port: number; consoleDistDir: string; trustProxy: string };
  mqtt: {
    /** External broker URL, or undefined for the embedded broker. */
    url: string | undefined;
    username: string | undefined;
    password: string | undefined;
    embedded: { host: string; port: number };
    maxPayloadBytes: number;
    maxMessagesPerVehiclePerS: number;
    brokerHookToken: string | undefined;
  };
  auth: {
    /** undefined in development: the process makes a random one (tokens then end with the process). */
    tokenSecret: string | undefined;
    accessTokenTtlMs: number;
    refreshTokenTtlMs: number;
    loginMaxFailures: number;
    requestsPerMinute: number;
  };
  db: {
    /** External database URL, or undefined for the embedded TimescaleDB. */
    url: string | undefined;
    dataDir: string;
    embeddedPort: number;
    maxStatementBytes: number;
    poolSize: number;
  };
  ingest: {
    batchMaxRows: number;
    batchMaxWaitMs: number;
    queueHighWater: number;
    maxSamplesPerMessage: number;
    maxFutureSkewMs: number;
    maxAgeMs: number;
    registryRefreshMs: number;
  };
  /** `redisUrl` undefined: the live bus stays in process (one process, or the embedded mode). */
  live: { tickMs: number; redisUrl: string | undefined };
  alerts: { ruleSettingsJson: string | undefined; escalateAfterMs: number };
  demo: { enabled: boolean; simulator: boolean; vehicles: number; hz: number };
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the environment; throws ConfigError listing every problem at once. */
export function loadPlatformConfig(env: Record<string, string | undefined> = process.env): PlatformConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  if (e.NODE_ENV === 'production' && !e.AUTH_TOKEN_SECRET) {
    throw new ConfigError(['AUTH_TOKEN_SECRET: required in production (at least 32 random characters)']);
  }
  const embeddedDb = e.DATABASE_URL === undefined;
  return {
    env: e.NODE_ENV,
    logLevel: e.LOG_LEVEL,
    http: { host: e.HTTP_HOST, port: e.HTTP_PORT, consoleDistDir: e.CONSOLE_DIST_DIR, trustProxy: e.HTTP_TRUST_PROXY },
    mqtt: {
      url: e.MQTT_URL,
      username: e.MQTT_USERNAME,
      password: e.MQTT_PASSWORD,
      embedded: { host: e.EMBEDDED_MQTT_HOST, port: e.EMBEDDED_MQTT_PORT },
      maxPayloadBytes: e.MQTT_MAX_PAYLOAD_BYTES,
      maxMessagesPerVehiclePerS: e.MQTT_MAX_MESSAGES_PER_VEHICLE_PER_S,
      brokerHookToken: e.BROKER_HOOK_TOKEN,
    },
    auth: {
      tokenSecret: e.AUTH_TOKEN_SECRET,
      accessTokenTtlMs: e.AUTH_ACCESS_TOKEN_TTL_S * 1_000,
      refreshTokenTtlMs: e.AUTH_REFRESH_TOKEN_TTL_S * 1_000,
      loginMaxFailures: e.AUTH_LOGIN_MAX_FAILURES,
      requestsPerMinute: e.AUTH_REQUESTS_PER_MINUTE,
    },
    db: {
      url: e.DATABASE_URL,
      dataDir: e.DATA_DIR,
      embeddedPort: e.EMBEDDED_DB_PORT,
      // The embedded server serves one connection; a real server gets a pool.
      poolSize: e.DB_POOL_SIZE ?? (embeddedDb ? 1 : 8),
      maxStatementBytes: e.DB_MAX_STATEMENT_BYTES ?? (embeddedDb ? 40_000 : 4_000_000),
    },
    ingest: {
      batchMaxRows: e.INGEST_BATCH_MAX_ROWS,
      batchMaxWaitMs: e.INGEST_BATCH_MAX_WAIT_MS,
      queueHighWater: e.INGEST_QUEUE_HIGH_WATER,
      maxSamplesPerMessage: e.INGEST_MAX_SAMPLES_PER_MESSAGE,
      maxFutureSkewMs: e.INGEST_MAX_FUTURE_SKEW_MS,
      maxAgeMs: e.INGEST_MAX_AGE_MS,
      registryRefreshMs: e.INGEST_REGISTRY_REFRESH_MS,
    },
    live: { tickMs: e.LIVE_TICK_MS, redisUrl: e.REDIS_URL },
    alerts: { ruleSettingsJson: e.RULE_SETTINGS, escalateAfterMs: e.ALERT_ESCALATE_AFTER_S * 1_000 },
    demo: {
      enabled: e.DEMO_FLEET && e.NODE_ENV !== 'production',
      simulator: e.SIMULATOR,
      vehicles: e.SIMULATOR_VEHICLES,
      hz: e.SIMULATOR_HZ,
    },
  };
}
