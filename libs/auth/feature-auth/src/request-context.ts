import { dataScopeOf, type DataScope } from '@fleet/auth-model';
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { Principal, RequestOrigin } from './principal.js';

/** An HTTP request after the access guard: the principal is set on every non-public route. */
export type AuthenticatedRequest = Request & { principal?: Principal };

export function originOf(req: Request): RequestOrigin {
  return { ip: req.ip ?? null, userAgent: req.get('user-agent')?.slice(0, 256) ?? null };
}

function principalOf(ctx: ExecutionContext): Principal {
  const principal = ctx.switchToHttp().getRequest<AuthenticatedRequest>().principal;
  // Only reachable if a public route asks for a principal: a programming error, not a client one.
  if (!principal) throw new Error('no principal on this request; is the route public?');
  return principal;
}

/** The signed-in account of the request. */
export const CurrentPrincipal = createParamDecorator((_: unknown, ctx: ExecutionContext) => principalOf(ctx));

/** Which enterprises the caller may see; pass it to every repository call that reads fleet data. */
export const CurrentScope = createParamDecorator((_: unknown, ctx: ExecutionContext): DataScope =>
  dataScopeOf(principalOf(ctx)),
);

/** The caller's address and user agent, for the audit log. */
export const Origin = createParamDecorator((_: unknown, ctx: ExecutionContext) =>
  originOf(ctx.switchToHttp().getRequest<Request>()),
);
