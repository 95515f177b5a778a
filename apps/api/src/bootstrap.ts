import type { RequestListener, Server } from 'node:http';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { AppModule } from './app.module.js';
import { answerTransportError } from './common/transport-errors.js';
import { validationPipe } from './common/validation.js';
import type { AppConfig } from './config/app-config.js';
import { AnonymousResponseCache } from './graphql/anonymous-cache/anonymous-response-cache.js';

// Builds the HTTP application; shared by main.ts, the e2e tests and the benchmark.
export async function createApp(config: AppConfig & { DATABASE_URL: string }): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger: config.NODE_ENV === 'test' ? false : ['error', 'warn'],
    bodyParser: false,
  });
  // Bodies up to 50,000 characters of Chinese (3 bytes each) plus the query fit; more is refused.
  app.useBodyParser('json', { limit: '256kb' });
  // Bodies the parser refuses (too large, not JSON) are answered like any bad input.
  app.use((error: { type?: string } | undefined, req: Request, res: Response, next: NextFunction) => {
    if (error?.type === 'entity.too.large') return answerTransportError(req, res, 413, 'errors.payloadTooLarge', 'PAYLOAD_TOO_LARGE');
    if (error?.type === 'entity.parse.failed') return answerTransportError(req, res, 400, 'errors.malformedJson', 'MALFORMED_JSON');
    next(error);
  });
  app.set('trust proxy', 'loopback');
  app.disable('x-powered-by');
  // GraphQL answers POSTs, which no cache revalidates: hashing every body for an ETag is waste.
  app.set('etag', false);
  app.useGlobalPipes(validationPipe);
  app.enableShutdownHooks();
  // Visitors' cached answers are served before the request reaches Express.
  const server = app.getHttpServer() as Server;
  const listeners = server.listeners('request') as RequestListener[];
  if (listeners.length !== 1) throw new Error(`expected Express as the only request listener, found ${listeners.length}`);
  const [express] = listeners;
  server.removeAllListeners('request');
  server.on('request', app.get(AnonymousResponseCache).front(express));
  return app;
}
