import { AuditLogRepository, SessionRepository, UserRepository, VehicleCredentialRepository } from '@fleet/auth-data';
import type { PlatformConfig } from '@fleet/config';
import { LiveBus } from '@fleet/live-bus';
import type { Logger } from '@fleet/logging';
import { Metrics } from '@fleet/metrics';
import { LOGGER, PLATFORM_CONFIG, repositoryProvider } from '@fleet/ops';
import { Global, Module } from '@nestjs/common';
import { APP_GUARD, DiscoveryModule, DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { randomBytes } from 'node:crypto';
import { AccessGuard } from './access.guard.js';
import { AccountAdminService } from './account-admin.service.js';
import { AccountsController } from './accounts.controller.js';
import { AccessTokenService } from './access-token.service.js';
import { AuditController } from './audit.controller.js';
import { AuditService } from './audit.service.js';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { LOGIN_FAILURE_LIMIT, REQUEST_RATE_LIMIT } from './auth-tokens.js';
import { Authenticator } from './authenticator.js';
import { BrokerHooksController } from './broker-hooks.controller.js';
import { RateLimit } from './rate-limits.js';
import { RoutePolicyCheck } from './route-policy.check.js';
import { SessionValidity } from './session-validity.js';
import { VehicleCredentialService } from './vehicle-credential.service.js';
import { VehicleCredentialsController } from './vehicle-credentials.controller.js';

/**
 * Accounts, sessions, the global access guard, vehicle credentials, broker hooks and the audit log.
 * Global, so every feature module can guard its routes and write audit entries without importing it.
 */
@Global()
@Module({
  imports: [DiscoveryModule],
  controllers: [
    AuthController,
    AccountsController,
    AuditController,
    VehicleCredentialsController,
    BrokerHooksController,
  ],
  providers: [
    repositoryProvider(UserRepository),
    repositoryProvider(SessionRepository),
    repositoryProvider(VehicleCredentialRepository),
    repositoryProvider(AuditLogRepository),
    {
      provide: AccessTokenService,
      inject: [PLATFORM_CONFIG, LOGGER],
      useFactory: (config: PlatformConfig, log: Logger) => {
        if (!config.auth.tokenSecret) {
          log.warn('AUTH_TOKEN_SECRET is not set: using a random key, so sign-ins last until this process ends');
        }
        const secret = config.auth.tokenSecret ?? randomBytes(32).toString('base64url');
        return new AccessTokenService(secret, config.auth.accessTokenTtlMs);
      },
    },
    {
      provide: SessionValidity,
      inject: [SessionRepository],
      useFactory: (sessions: SessionRepository) => new SessionValidity((id) => sessions.isActive(id)),
    },
    {
      provide: Authenticator,
      inject: [AccessTokenService, SessionValidity],
      useFactory: (tokens: AccessTokenService, validity: SessionValidity) => new Authenticator(tokens, validity),
    },
    {
      provide: LOGIN_FAILURE_LIMIT,
      inject: [PLATFORM_CONFIG],
      useFactory: (config: PlatformConfig) => new RateLimit(config.auth.loginMaxFailures, 15 * 60, 'failed sign-ins'),
    },
    {
      provide: REQUEST_RATE_LIMIT,
      inject: [PLATFORM_CONFIG],
      useFactory: (config: PlatformConfig) => new RateLimit(config.auth.requestsPerMinute, 60, 'requests'),
    },
    {
      provide: AuditService,
      inject: [AuditLogRepository],
      useFactory: (log: AuditLogRepository) => new AuditService(log),
    },
    {
      provide: AuthService,
      inject: [
        UserRepository,
        SessionRepository,
        AccessTokenService,
        SessionValidity,
        AuditService,
        LOGIN_FAILURE_LIMIT,
        PLATFORM_CONFIG,
      ],
      useFactory: (
        users: UserRepository,
        sessions: SessionRepository,
        tokens: AccessTokenService,
        validity: SessionValidity,
        audit: AuditService,
        loginFailures: RateLimit,
        config: PlatformConfig,
      ) => new AuthService(users, sessions, tokens, validity, audit, loginFailures, config.auth.refreshTokenTtlMs),
    },
    {
      provide: AccountAdminService,
      inject: [UserRepository, SessionRepository, SessionValidity, AuditService],
      useFactory: (
        users: UserRepository,
        sessions: SessionRepository,
        validity: SessionValidity,
        audit: AuditService,
      ) => new AccountAdminService(users, sessions, validity, audit),
    },
    {
      provide: VehicleCredentialService,
      inject: [VehicleCredentialRepository, AuditService, LiveBus],
      useFactory: (repo: VehicleCredentialRepository, audit: AuditService, bus: LiveBus) =>
        new VehicleCredentialService(repo, audit, bus),
    },
    {
      provide: APP_GUARD,
      inject: [Reflector, Authenticator, REQUEST_RATE_LIMIT, LOGGER, Metrics],
      useFactory: (
        reflector: Reflector,
        authenticator: Authenticator,
        rate: RateLimit,
        log: Logger,
        metrics: Metrics,
      ) => new AccessGuard(reflector, authenticator, rate, log.child({ module: 'auth' }), metrics),
    },
    {
      provide: RoutePolicyCheck,
      inject: [DiscoveryService, MetadataScanner, Reflector],
      useFactory: (discovery: DiscoveryService, scanner: MetadataScanner, reflector: Reflector) =>
        new RoutePolicyCheck(discovery, scanner, reflector),
    },
  ],
  exports: [Authenticator, AuditService, VehicleCredentialService, UserRepository, VehicleCredentialRepository],
})
export class AuthModule {}
