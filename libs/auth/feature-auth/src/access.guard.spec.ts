import { Allow, Public } from '@fleet/auth-access';
import { ApiError } from '@fleet/http';
import { createLogger } from '@fleet/logging';
import { Metrics } from '@fleet/metrics';
import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { describe, expect, it } from 'vitest';
import { AccessGuard } from './access.guard.js';
import { AccessTokenService } from './access-token.service.js';
import { Authenticator } from './authenticator.js';
import type { Principal } from './principal.js';
import { RateLimit } from './rate-limits.js';
import { SessionValidity } from './session-validity.js';

class Handlers {
  @Allow('regulator')
  forRegulators(): void {}
  @Public('test')
  open(): void {}
  forgotten(): void {}
}

const tokens = new AccessTokenService('guard-test-key-0123456789abcdef0123', 60_000);
const revoked = new Set<string>();
const metrics = new Metrics();

function guard(requestsPerMinute = 100): AccessGuard {
  const authenticator = new Authenticator(tokens, new SessionValidity((id) => Promise.resolve(!revoked.has(id)), 0));
  return new AccessGuard(
    new Reflector(),
    authenticator,
    new RateLimit(requestsPerMinute, 60, 'requests'),
    createLogger('test', 'silent'),
    metrics,
  );
}

function http(
  handler: keyof Handlers,
  authorization?: string,
): { ctx: ExecutionContext; req: { principal?: Principal } } {
  const req = { get: (name: string) => (name === 'authorization' ? authorization : undefined) } as {
    get(name: string): string | undefined;
    principal?: Principal;
  };
  const ctx = {
    getType: () => 'http',
    getHandler: () => Handlers.prototype[handler],
    getClass: () => Handlers,
    switchToHttp: () => ({ getRequest: () => req }),
  } as unknown as ExecutionContext;
  return { ctx, req };
}

async function bearer(role: Principal['role'], sessionId = `s-${Math.random()}`): Promise<string> {
  const enterpriseId = role === 'operator' ? 'ent-a' : null;
  const { token } = await tokens.sign({ id: 'u', username: role, displayName: role, role, enterpriseId, sessionId });
  return `Bearer ${token}`;
}

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'allowed',
    (error: unknown) => (error instanceof ApiError ? error.code : String(error)),
  );

describe(AccessGuard.name, () => {
  it('refuses a handler without an access policy, even with a valid token', async () => {
    expect(await codeOf(guard().canActivate(http('forgotten', await bearer('admin')).ctx))).toBe('forbidden');
  });

  it('lets anyone call a public handler', async () => {
    expect(await guard().canActivate(http('open').ctx)).toBe(true);
  });

  it('asks for a token, checks the role, and puts the principal on the request', async () => {
    const g = guard();
    expect(await codeOf(g.canActivate(http('forRegulators').ctx))).toBe('unauthenticated');
    expect(await codeOf(g.canActivate(http('forRegulators', 'Bearer nonsense').ctx))).toBe('unauthenticated');
    expect(await codeOf(g.canActivate(http('forRegulators', await bearer('operator')).ctx))).toBe('forbidden');
    const { ctx, req } = http('forRegulators', await bearer('regulator'));
    expect(await g.canActivate(ctx)).toBe(true);
    expect(req.principal?.role).toBe('regulator');
  });

  it('refuses a token whose session was revoked', async () => {
    const token = await bearer('regulator', 'revoked-session');
    revoked.add('revoked-session');
    expect(await codeOf(guard().canActivate(http('forRegulators', token).ctx))).toBe('unauthenticated');
  });

  it('answers 429 once an account used up its requests for the minute', async () => {
    const g = guard(3);
    const token = await bearer('regulator');
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await codeOf(g.canActivate(http('forRegulators', token).ctx)));
    expect(results).toEqual(['allowed', 'allowed', 'allowed', 'rate_limited']);
  });
});
