import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { ACCESS_POLICY } from '@fleet/auth-access';

// Nest's own metadata keys for HTTP routes and socket handlers.
const ROUTE_PATH = 'path';
const SOCKET_MESSAGE = 'message';

/** `Class.method` of every route or socket handler without an access policy. */
export function handlersWithoutPolicy(
  discovery: DiscoveryService,
  scanner: MetadataScanner,
  reflector: Reflector,
): string[] {
  const missing: string[] = [];
  const wrappers = [...discovery.getControllers(), ...discovery.getProviders()];
  for (const wrapper of wrappers) {
    const type = wrapper.metatype as (abstract new (...args: never[]) => unknown) | null | undefined;
    const instance = wrapper.instance as object | null | undefined;
    if (!type || !instance || typeof instance !== 'object') continue;
    const prototype = Object.getPrototypeOf(instance) as object;
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = (prototype as Record<string, unknown>)[name];
      if (typeof handler !== 'function') continue;
      const isHandler =
        (discovery.getControllers().includes(wrapper) && Reflect.getMetadata(ROUTE_PATH, handler) !== undefined) ||
        Reflect.getMetadata(SOCKET_MESSAGE, handler) !== undefined;
      if (!isHandler) continue;
      const policy: unknown = reflector.getAllAndOverride(ACCESS_POLICY, [handler, type]);
      if (policy === undefined) missing.push(`${type.name}.${name}`);
    }
  }
  return missing;
}

/**
 * Refuses to start an application in which any route or socket handler lacks an access policy, so a new
 * unguarded endpoint fails every end-to-end test instead of shipping open.
 */
@Injectable()
export class RoutePolicyCheck implements OnModuleInit {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  onModuleInit(): void {
    const missing = handlersWithoutPolicy(this.discovery, this.scanner, this.reflector);
    if (missing.length > 0) {
      throw new Error(`handlers without an access policy (add @Allow(…) or @Public(reason)): ${missing.join(', ')}`);
    }
  }
}
