import { sameSecret } from '@fleet/auth-data';
import type { PlatformConfig } from '@fleet/config';
import { ApiError, ZodValidationPipe } from '@fleet/http';
import { Metrics } from '@fleet/metrics';
import { PLATFORM_CONFIG } from '@fleet/ops';
import { mayPublish, maySubscribe, mayUseClientId, type MqttPrincipal } from '@fleet/telemetry-contract';
import { Body, Controller, Headers, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { Public } from '@fleet/auth-access';
import { bearerToken } from './authenticator.js';
import { VehicleCredentialService } from './vehicle-credential.service.js';

const text = z.string().max(256);
const authenticateRequest = z.object({ username: text, password: text, clientid: text.optional().default('') });
const authorizeRequest = z.object({
  username: text,
  clientid: text.optional().default(''),
  topic: z.string().max(1_024),
  action: z.enum(['publish', 'subscribe', 'all']),
});

type HookResult = { result: 'allow' | 'deny' };

/**
 * The HTTP authenticator and authorizer of an external broker (EMQX 5's `http` authn/authz; see
 * infra/README.md). The broker, not a person, calls these, so they are public; BROKER_HOOK_TOKEN locks them down.
 * The rules are the embedded broker's: vehicles by their credentials, the ingest by MQTT_USERNAME/MQTT_PASSWORD.
 */
@ApiTags('broker hooks')
@Controller('api/v1/broker')
export class BrokerHooksController {
  private readonly decisions;

  constructor(
    @Inject(VehicleCredentialService) private readonly credentials: VehicleCredentialService,
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
    @Inject(Metrics) metrics: Metrics,
  ) {
    this.decisions = metrics.counter('broker_hook_decisions_total', 'Answers of the broker auth hooks', [
      'hook',
      'result',
    ]);
  }

  @Post('authenticate')
  @HttpCode(200)
  @Public('called by the MQTT broker for each connecting client')
  @ApiOperation({ summary: 'EMQX HTTP authenticator: {username, password, clientid} → {result}' })
  async authenticate(
    @Headers('authorization') authorization: string | undefined,
    @Body(new ZodValidationPipe(authenticateRequest)) body: z.infer<typeof authenticateRequest>,
  ): Promise<HookResult & { is_superuser: false }> {
    this.checkCaller(authorization);
    const principal = await this.principalOf(body.username, body.password);
    const allowed = principal !== undefined && mayUseClientId(principal, body.clientid);
    return { ...this.answer('authenticate', allowed), is_superuser: false };
  }

  @Post('authorize')
  @HttpCode(200)
  @Public('called by the MQTT broker for each publish and subscribe')
  @ApiOperation({ summary: 'EMQX HTTP authorizer: {username, clientid, topic, action} → {result}' })
  authorize(
    @Headers('authorization') authorization: string | undefined,
    @Body(new ZodValidationPipe(authorizeRequest)) body: z.infer<typeof authorizeRequest>,
  ): HookResult {
    this.checkCaller(authorization);
    // The user name was authenticated by the hook above; here it only selects the rules.
    const principal: MqttPrincipal =
      body.username === this.config.mqtt.username
        ? { kind: 'platform' }
        : { kind: 'vehicle', vehicleId: body.username };
    const allowed =
      body.action === 'publish'
        ? mayPublish(principal, body.topic)
        : body.action === 'subscribe'
          ? maySubscribe(principal, body.topic)
          : mayPublish(principal, body.topic) && maySubscribe(principal, body.topic);
    return this.answer('authorize', allowed);
  }

  private async principalOf(username: string, password: string): Promise<MqttPrincipal | undefined> {
    const platform = this.config.mqtt;
    if (platform.username !== undefined && username === platform.username) {
      return platform.password !== undefined && sameSecret(password, platform.password)
        ? { kind: 'platform' }
        : undefined;
    }
    return (await this.credentials.verify(username, password)) ? { kind: 'vehicle', vehicleId: username } : undefined;
  }

  private checkCaller(authorization: string | undefined): void {
    const expected = this.config.mqtt.brokerHookToken;
    if (expected === undefined) return;
    const presented = bearerToken(authorization);
    if (!presented || !sameSecret(presented, expected)) throw new ApiError('unauthenticated', 'not the broker');
  }

  private answer(hook: string, allowed: boolean): HookResult {
    const result = allowed ? 'allow' : 'deny';
    this.decisions.inc({ hook, result });
    return { result };
  }
}
