import { Global, Module, type DynamicModule, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from './auth/auth.module.js';
import { createLogger, LOGGER } from './common/logger.js';
import { requestContextMiddleware } from './common/request-context.middleware.js';
import { AppConfig } from './config/app-config.js';
import { applicationPool, dataSourceOptions } from './database/data-source-options.js';
import { DatabaseModule } from './database/database.module.js';
import { AnonymousCacheModule } from './graphql/anonymous-cache/anonymous-cache.module.js';
import { AnonymousResponseCache } from './graphql/anonymous-cache/anonymous-response-cache.js';
import { GraphqlModule } from './graphql/graphql.module.js';
import { queryShapeMiddleware } from './graphql/query-shape.js';
import { PgNotificationsModule } from './common/pg-notifications.module.js';
import { EventsModule } from './events/events.module.js';
import { BoardsModule } from './modules/boards/boards.module.js';
import { ContentModule } from './modules/content/content.module.js';
import { HealthController } from './modules/health/health.controller.js';
import { HelpCenterModule } from './modules/help-center/help-center.module.js';
import { LiveModule } from './modules/live/live.module.js';
import { StaffModule } from './modules/staff/staff.module.js';
import { RateLimitsModule } from './modules/rate-limits/rate-limits.module.js';
import { ModeratorActionsModule } from './modules/moderation/moderator-actions.module.js';
import { ModerationModule } from './modules/moderation/moderation.module.js';
import { ScamGuardModule } from './modules/scam-guard/scam-guard.module.js';
import { ThreadsModule } from './modules/threads/threads.module.js';
import { UsersModule } from './modules/users/users.module.js';
import { WebModule } from './modules/web/web.module.js';

@Global()
@Module({})
class ConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ConfigModule,
      providers: [
        { provide: AppConfig, useValue: config },
        { provide: LOGGER, useValue: createLogger(config) },
      ],
      exports: [AppConfig, LOGGER],
    };
  }
}

@Module({})
export class AppModule implements NestModule {
  // The database URL is resolved before the module is built (a configured server or the
  // embedded one), so the module itself never starts processes.
  static forRoot(config: AppConfig & { DATABASE_URL: string }): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot(dataSourceOptions(config.DATABASE_URL, { extra: applicationPool(config) })),
        DatabaseModule,
        PgNotificationsModule,
        EventsModule,
        RateLimitsModule,
        AnonymousCacheModule,
        ModerationModule,
        ScamGuardModule,
        ContentModule,
        AuthModule,
        UsersModule,
        BoardsModule,
        ThreadsModule,
        LiveModule,
        StaffModule,
        ModeratorActionsModule,
        HelpCenterModule,
        GraphqlModule,
        WebModule,
      ],
      controllers: [HealthController],
    };
  }

  constructor(private readonly anonymousCache: AnonymousResponseCache) {}

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(requestContextMiddleware).forRoutes('*');
    consumer.apply(queryShapeMiddleware, this.anonymousCache.middleware).forRoutes('graphql');
  }
}
