import type { Logger } from '@fleet/logging';
import { ApiError } from '@fleet/http';
import { Metrics } from '@fleet/metrics';
import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { Reflector } from '@nestjs/core';
import { ACCESS_POLICY, type AccessPolicy } from '@fleet/auth-access';
import { bearerToken, type Authenticator } from './authenticator.js';
import type { Principal } from './principal.js';
import type { RateLimit } from './rate-limits.js';
import type { AuthenticatedRequest } from './request-context.js';

/** Sockets carry the principal the live gateway's handshake check put there. */
export type SocketWithPrincipal = { data: { principal?: Principal } };

/**
 * The global guard: every HTTP route and socket handler must declare an access policy; without one it is refused.
 * HTTP requests are authenticated from the bearer token and counted against the account's request rate.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly refused;

  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: Authenticator,
    private readonly requestRate: RateLimit,
    private readonly log: Logger,
    metrics: Metrics,
  ) {
    this.refused = metrics.counter('auth_refused_requests_total', 'Requests refused by the access guard', ['reason']);
  }

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_POLICY, [
      ctx.getHandler(),
      ctx.getClass(),
    ]);
    if (!policy) {
      this.log.error({ handler: `${ctx.getClass().name}.${ctx.getHandler().name}` }, 'handler has no access policy');
      throw this.refuse('no_policy', new ApiError('forbidden', 'this operation has no access policy'));
    }
    if (policy.kind === 'public') return true;

    const principal = ctx.getType() === 'ws' ? this.socketPrincipal(ctx) : await this.httpPrincipal(ctx);
    if (!policy.roles.includes(principal.role)) {
      throw this.refuse('role', new ApiError('forbidden', `the ${principal.role} role may not do this`));
    }
    return true;
  }

  private async httpPrincipal(ctx: ExecutionContext): Promise<Principal> {
    const req = ctx.switchToHttp().getRequest<AuthenticatedRequest>();
    const token = bearerToken(req.get('authorization'));
    if (!token)
      throw this.refuse('missing_token', new ApiError('unauthenticated', 'sign in first (Authorization: Bearer)'));
    const principal = await this.authenticator.authenticate(token);
    if (!principal) {
      throw this.refuse(
        'invalid_token',
        new ApiError('unauthenticated', 'the access token is invalid, expired or revoked'),
      );
    }
    try {
      await this.requestRate.take(principal.id);
    } catch (error) {
      throw this.refuse('rate_limited', error);
    }
    req.principal = principal;
    return principal;
  }

  private socketPrincipal(ctx: ExecutionContext): Principal {
    const principal = ctx.switchToWs().getClient<SocketWithPrincipal>().data.principal;
    // The namespace's handshake check admits no socket without one; this is the second lock.
    if (!principal) throw this.refuse('missing_token', new ApiError('unauthenticated', 'socket is not signed in'));
    return principal;
  }

  private refuse(reason: string, error: unknown): unknown {
    this.refused.inc({ reason });
    return error;
  }
}
