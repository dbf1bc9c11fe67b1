import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LiveHandshakeAuth } from '@fleet/auth-model';
import { LiveAuthRecovery, type LiveTokenSource } from './live-auth-recovery.js';

/** Tokens numbered like a session's: `renew` hands out the next one unless told the session ended or is offline. */
class FakeTokens implements LiveTokenSource {
  token: string | undefined = 'access-1';
  renewals: (string | undefined)[] = [];
  mode: 'ok' | 'ended' | 'offline' = 'ok';
  private issued = 1;

  current(): Promise<string | undefined> {
    if (this.mode === 'offline') return Promise.reject(new Error('offline'));
    return Promise.resolve(this.token);
  }

  renew(rejected: string | undefined): Promise<string | undefined> {
    this.renewals.push(rejected);
    if (this.mode === 'offline') return Promise.reject(new Error('offline'));
    if (this.mode === 'ended') return Promise.resolve((this.token = undefined));
    if (this.token === rejected) this.token = `access-${++this.issued}`;
    return Promise.resolve(this.token);
  }
}

let tokens: FakeTokens;
let reconnects: number;
let ended: number;
let errors: unknown[];
let recovery: LiveAuthRecovery;

function handshake(): Promise<LiveHandshakeAuth> {
  return new Promise((resolve) => recovery.handshake(resolve));
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  tokens = new FakeTokens();
  reconnects = 0;
  ended = 0;
  errors = [];
  recovery = new LiveAuthRecovery({
    tokens,
    reconnect: () => reconnects++,
    onSessionEnded: () => ended++,
    onError: (error) => errors.push(error),
    retryDelayMs: 1_000,
    maxRetryDelayMs: 4_000,
  });
});

afterEach(() => {
  vi.useRealTimers();
});

describe(LiveAuthRecovery.name, () => {
  it('sends the current token in every handshake', async () => {
    expect(await handshake()).toEqual({ token: 'access-1' });
    tokens.token = 'access-9';
    expect(await handshake()).toEqual({ token: 'access-9' });
  });

  it('after a refusal renews the token it sent and connects again at once', async () => {
    await handshake();
    recovery.recover();
    await vi.advanceTimersByTimeAsync(0);
    expect(tokens.renewals).toEqual(['access-1']);
    expect(reconnects).toBe(1);
    expect(await handshake()).toEqual({ token: 'access-2' });
  });

  it('reuses a token refreshed meanwhile instead of refreshing again (server disconnect after scheduled refresh)', async () => {
    await handshake();
    tokens.token = 'access-7';
    recovery.recover();
    await vi.advanceTimersByTimeAsync(0);
    expect(reconnects).toBe(1);
    expect(await handshake()).toEqual({ token: 'access-7' });
  });

  it('backs off when the server keeps refusing fresh tokens, and starts over once connected', async () => {
    await handshake();
    recovery.recover();
    await vi.advanceTimersByTimeAsync(0);
    await handshake();
    recovery.recover();
    await vi.advanceTimersByTimeAsync(999);
    expect(reconnects).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(reconnects).toBe(2);
    recovery.recover();
    await vi.advanceTimersByTimeAsync(1_999);
    expect(reconnects).toBe(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(reconnects).toBe(3);
    recovery.connected();
    recovery.recover();
    await vi.advanceTimersByTimeAsync(0);
    expect(reconnects).toBe(4);
  });

  it('stays disconnected when the session is over', async () => {
    await handshake();
    tokens.mode = 'ended';
    recovery.recover();
    await vi.advanceTimersByTimeAsync(0);
    expect(reconnects).toBe(0);
    expect(ended).toBe(1);
  });

  it('retries the renewal later when the server cannot be reached', async () => {
    await handshake();
    tokens.mode = 'offline';
    recovery.recover();
    await vi.advanceTimersByTimeAsync(0);
    expect(reconnects).toBe(0);
    expect(errors).toHaveLength(1);
    tokens.mode = 'ok';
    await vi.advanceTimersByTimeAsync(1_000);
    expect(reconnects).toBe(1);
  });

  it('sends an empty token when none can be had, so the refusal path takes over', async () => {
    tokens.mode = 'offline';
    expect(await handshake()).toEqual({ token: '' });
    expect(errors).toHaveLength(1);
  });

  it('does nothing after stop, even for a renewal already under way', async () => {
    await handshake();
    recovery.recover();
    recovery.stop();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(reconnects).toBe(0);
    expect(tokens.renewals).toEqual([]);
  });
});
