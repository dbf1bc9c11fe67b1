import { ApiExceptionFilter } from '@fleet/http';
import { NestPinoLogger } from '@fleet/logging';
import type { CoreServices } from '@fleet/ops';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { RedisIoAdapter } from './redis-io-adapter.js';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Request, Response, NextFunction } from 'express';

/** Request bodies larger than this are refused with 413 before any handler runs. */
const BODY_LIMIT = '256kb';

/** A Nest HTTP application with the platform's error format, OpenAPI at /api/docs and, if built, the console. */
export async function createHttpApp(rootModule: unknown, core: CoreServices, options: { serveConsole: boolean }) {
  const app = await NestFactory.create<NestExpressApplication>(rootModule as never, {
    logger: new NestPinoLogger(core.logger),
    bodyParser: false,
  });
  app.useBodyParser('json', { limit: BODY_LIMIT });
  app.useGlobalFilters(new ApiExceptionFilter((error) => core.logger.error({ err: error }, 'unhandled request error')));
  app.enableShutdownHooks();
  app.disable('x-powered-by');
  // Behind a reverse proxy, req.ip (written to the audit log) must come from X-Forwarded-For.
  app.set('trust proxy', trustProxySetting(core.config.http.trustProxy));

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Pilot-zone fleet monitoring API')
      .setDescription('Registry, latest state, tracks and operations of the autonomous-driving pilot zone.')
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs/openapi.json' });

  if (core.config.live.redisUrl) {
    const adapter = new RedisIoAdapter(app);
    await adapter.connect(core.config.live.redisUrl, (error) =>
      core.logger.warn({ err: error }, 'socket.io Redis adapter connection problem'),
    );
    app.useWebSocketAdapter(adapter);
  }
  if (options.serveConsole) serveConsole(app, core);
  return app;
}

function serveConsole(app: NestExpressApplication, core: CoreServices): void {
  const dist = resolve(core.config.http.consoleDistDir);
  if (!existsSync(resolve(dist, 'index.html'))) {
    core.logger.warn({ dist }, 'console is not built; run `npx nx run console:build`');
    return;
  }
  app.useStaticAssets(dist, { index: 'index.html', maxAge: '1h' });
  // Client-side routes fall back to the app shell; API, docs and socket paths never do.
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || /^\/(api|socket\.io|health|metrics)(\/|$)/.test(req.path)) return next();
    res.sendFile(resolve(dist, 'index.html'));
  });
}

/** `HTTP_TRUST_PROXY`: true/false, a hop count, or addresses/subnets as Express accepts them. */
function trustProxySetting(value: string): boolean | number | string {
  if (value === 'true' || value === 'false') return value === 'true';
  return /^\d+$/.test(value) ? Number(value) : value;
}
