import { describe, expect, it } from 'vitest';
import { ConfigError, loadPlatformConfig } from './platform-config.js';

describe('loadPlatformConfig', () => {
  it('defaults to the embedded parts with a single database connection', () => {
    const config = loadPlatformConfig({});
    expect(config.mqtt.url).toBeUndefined();
    expect(config.db.url).toBeUndefined();
    expect(config.db.poolSize).toBe(1);
    expect(config.db.maxStatementBytes).toBeLessThan(64 * 1024);
    expect(config.http.port).toBe(3000);
    expect(config.mqtt.embedded).toEqual({ host: '127.0.0.1', port: 1883 });
  });

  it('switches each part to a real server with one variable', () => {
    const config = loadPlatformConfig({ MQTT_URL: 'mqtt://broker:1883', DATABASE_URL: 'postgres://u@db/fleet' });
    expect(config.mqtt.url).toBe('mqtt://broker:1883');
    expect(config.db.url).toBe('postgres://u@db/fleet');
    expect(config.db.poolSize).toBeGreaterThan(1);
  });

  it('lists every problem at once', () => {
    let error: unknown;
    try {
      loadPlatformConfig({ HTTP_PORT: 'x', DATABASE_URL: 'mysql://db', LIVE_TICK_MS: '-5' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/HTTP_PORT/);
    expect(problems).toMatch(/DATABASE_URL/);
    expect(problems).toMatch(/LIVE_TICK_MS/);
  });

  it('never runs the demo fleet (nor its development accounts) in production', () => {
    const secret = 'x'.repeat(32);
    expect(
      loadPlatformConfig({ NODE_ENV: 'production', DEMO_FLEET: 'true', AUTH_TOKEN_SECRET: secret }).demo.enabled,
    ).toBe(false);
  });

  it('refuses to start in production without a token secret, and refuses a short one anywhere', () => {
    expect(() => loadPlatformConfig({ NODE_ENV: 'production' })).toThrow(/AUTH_TOKEN_SECRET/);
    expect(() => loadPlatformConfig({ AUTH_TOKEN_SECRET: 'short' })).toThrow(/AUTH_TOKEN_SECRET/);
    expect(loadPlatformConfig({}).auth.tokenSecret).toBeUndefined();
  });
});
