import { Module, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { BoardsModule } from '../boards/boards.module.js';
import { ThreadsModule } from '../threads/threads.module.js';
import { CrawlablePages } from './crawlable-pages.js';
import { webClientMiddleware } from './web-client.middleware.js';

@Module({ imports: [BoardsModule, ThreadsModule], providers: [CrawlablePages] })
export class WebModule implements NestModule {
  constructor(private readonly pages: CrawlablePages) {}

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(webClientMiddleware(undefined, (path, origin, template) => this.pages.render(path, origin, template))).forRoutes('*');
  }
}
