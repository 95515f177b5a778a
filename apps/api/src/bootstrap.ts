import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { AppModule } from './app.module.js';
import { negotiateLocale } from './common/locale.js';
import { validationPipe } from './common/validation.js';
import type { AppConfig } from './config/app-config.js';
import { SUPPORTED_LOCALES } from './i18n/catalog.js';
import { translate } from './i18n/translate.js';

// Builds the HTTP application; shared by main.ts, the e2e tests and the benchmark.
export async function createApp(config: AppConfig & { DATABASE_URL: string }): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger: config.NODE_ENV === 'test' ? false : ['error', 'warn'],
    bodyParser: false,
  });
  // Bodies up to 50,000 characters of Chinese (3 bytes each) plus the query fit; more is refused.
  app.useBodyParser('json', { limit: '256kb' });
  // A body refused for its size is answered like any bad input: a code, in the caller's language.
  app.use((error: { type?: string } | undefined, req: Request, res: Response, next: NextFunction) => {
    if (error?.type !== 'entity.too.large') return next(error);
    const locale = negotiateLocale(req.headers['accept-language'], SUPPORTED_LOCALES);
    res.status(413).json({ errors: [{ message: translate(locale, 'errors.payloadTooLarge'), extensions: { code: 'BAD_USER_INPUT', reason: 'PAYLOAD_TOO_LARGE' } }] });
  });
  app.set('trust proxy', 'loopback');
  app.disable('x-powered-by');
  // GraphQL answers POSTs, which no cache revalidates: hashing every body for an ETag is waste.
  app.set('etag', false);
  app.useGlobalPipes(validationPipe);
  app.enableShutdownHooks();
  return app;
}
