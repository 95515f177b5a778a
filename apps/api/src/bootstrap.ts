import type { RequestListener, Server } from 'node:http';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { AppModule } from './app.module.js';
import { answerProtocolError } from './common/transport-errors.js';
import { validationPipe } from './common/validation.js';
import type { AppConfig } from './config/app-config.js';
import { AnonymousResponseCache } from './graphql/anonymous-cache/anonymous-response-cache.js';
import { graphqlIdeMiddleware } from './graphql/ide/graphql-ide.middleware.js';

// Builds the HTTP application; shared by main.ts, the e2e tests and the benchmark.
export async function createApp(config: AppConfig & { DATABASE_URL: string }): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger: config.NODE_ENV === 'test' ? false : ['error', 'warn'],
    bodyParser: false,
  });
  // Bodies up to 50,000 characters of Chinese (3 bytes each) plus the query fit; more is refused.
  app.useBodyParser('json', { limit: '256kb' });
  // Bodies the parser refuses (too large, not JSON, an unknown Content-Encoding) are answered
  // like Apollo's protocol errors.
  app.use((error: { type?: string; status?: number } | undefined, req: Request, res: Response, next: NextFunction) => {
    if (error?.type === 'entity.too.large') return answerProtocolError(req, res, 413, 'PAYLOAD_TOO_LARGE');
    if (error?.type === 'entity.parse.failed') return answerProtocolError(req, res, 400, 'MALFORMED_JSON');
    if (error?.type === 'encoding.unsupported' || error?.type === 'charset.unsupported')
      return answerProtocolError(req, res, 415, 'BAD_REQUEST');
    // A body that does not decode (a corrupt gzip stream, an aborted upload).
    if (error?.status === 400) return answerProtocolError(req, res, 400, 'BAD_REQUEST');
    next(error);
  });
  // GraphiQL in development, served from the API itself (no CDN); never in production.
  if (!config.isProduction) app.use(graphqlIdeMiddleware());
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  // GraphQL answers POSTs, which no cache revalidates: hashing every body for an ETag is waste.
  app.set('etag', false);
  app.useGlobalPipes(validationPipe);
  app.enableShutdownHooks();
  const server = app.getHttpServer() as Server;
  applyServerTimeouts(server, config);
  // Visitors' cached answers are served before the request reaches Express.
  const listeners = server.listeners('request') as RequestListener[];
  if (listeners.length !== 1) throw new Error(`expected Express as the only request listener, found ${listeners.length}`);
  const [express] = listeners;
  server.removeAllListeners('request');
  server.on('request', app.get(AnonymousResponseCache).front(express));
  return app;
}

// Node's defaults let a slow client hold a connection for 60 s before its headers are in and
// 300 s before its request is; and it only looks every 30 s, so a short timeout would be
// enforced late. The interval is read when the server starts listening.
function applyServerTimeouts(server: Server, config: AppConfig): void {
  server.headersTimeout = config.HTTP_HEADERS_TIMEOUT_MS;
  server.requestTimeout = config.HTTP_REQUEST_TIMEOUT_MS;
  server.keepAliveTimeout = config.HTTP_KEEP_ALIVE_TIMEOUT_MS;
  (server as Server & { connectionsCheckingInterval: number }).connectionsCheckingInterval = Math.min(
    1000,
    config.HTTP_HEADERS_TIMEOUT_MS,
    config.HTTP_REQUEST_TIMEOUT_MS,
  );
}
