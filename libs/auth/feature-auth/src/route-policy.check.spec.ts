import { Allow, Public } from '@fleet/auth-access';
import { Controller, Get, Injectable, Module, Post } from '@nestjs/common';
import { DiscoveryModule, DiscoveryService, MetadataScanner, NestFactory, Reflector } from '@nestjs/core';
import { SubscribeMessage } from '@nestjs/websockets';
import { describe, expect, it } from 'vitest';
import { RoutePolicyCheck } from './route-policy.check.js';

@Controller('guarded')
@Allow('regulator')
class GuardedController {
  @Get()
  list(): string[] {
    return [];
  }
}

@Controller('mixed')
class MixedController {
  @Get('open')
  @Public('test')
  open(): string {
    return 'ok';
  }

  @Post('forgotten')
  forgotten(): void {}

  /** Not a route: helpers need no policy. */
  helper(): void {}
}

@Injectable()
class ForgetfulGateway {
  @SubscribeMessage('thing:do')
  handle(): void {}
}

const check = {
  provide: RoutePolicyCheck,
  inject: [DiscoveryService, MetadataScanner, Reflector],
  useFactory: (d: DiscoveryService, s: MetadataScanner, r: Reflector) => new RoutePolicyCheck(d, s, r),
};

describe(RoutePolicyCheck.name, () => {
  it('lets an application start when every route declares who may call it', async () => {
    @Module({ imports: [DiscoveryModule], controllers: [GuardedController], providers: [check] })
    class Guarded {}
    const app = await NestFactory.createApplicationContext(Guarded, { logger: false });
    await app.close();
  });

  it('refuses to start with a route or socket handler that declares nothing, naming each', async () => {
    @Module({
      imports: [DiscoveryModule],
      controllers: [GuardedController, MixedController],
      providers: [ForgetfulGateway, check],
    })
    class Forgetful {}
    const started = NestFactory.createApplicationContext(Forgetful, { logger: false, abortOnError: false });
    await expect(started).rejects.toThrow(/MixedController\.forgotten, ForgetfulGateway\.handle$/);
  });
});
