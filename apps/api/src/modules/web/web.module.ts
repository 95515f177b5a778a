import { Module, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { webClientMiddleware } from './web-client.middleware.js';

@Module({})
export class WebModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(webClientMiddleware()).forRoutes('*');
  }
}
