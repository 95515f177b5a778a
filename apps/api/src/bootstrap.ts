import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module.js';
import { validationPipe } from './common/validation.js';
import type { AppConfig } from './config/app-config.js';

// Builds the HTTP application; shared by main.ts, the e2e tests and the benchmark.
export async function createApp(config: AppConfig & { DATABASE_URL: string }): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger: config.NODE_ENV === 'test' ? false : ['error', 'warn'],
    bodyParser: false,
  });
  // Bodies up to 50,000 characters of Chinese (3 bytes each) plus the query fit; more is refused.
  app.useBodyParser('json', { limit: '256kb' });
  app.set('trust proxy', 'loopback');
  app.disable('x-powered-by');
  app.useGlobalPipes(validationPipe);
  app.enableShutdownHooks();
  return app;
}
