import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Global, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { Request } from 'express';
import { AppConfig } from '../config/app-config.js';
import { LOGGER } from '../common/logger.js';
import type { Logger } from 'pino';
import { BoardsModule } from '../modules/boards/boards.module.js';
import { ThreadsModule } from '../modules/threads/threads.module.js';
import { UsersModule } from '../modules/users/users.module.js';
import { createErrorFormatter } from './error-formatter.js';
import { GqlContextFactory, type SocketConnectionParams } from './gql-context.js';
import { subscriptionsOverHttpPlugin } from './subscriptions-over-http.plugin.js';
import { serviceUnavailableStatusPlugin } from './http-status.plugin.js';
import { queryCostPlugin, queryLimits } from './query-limits.js';
import { sqlCountPlugin } from './sql-count.plugin.js';

@Global()
@Module({
  imports: [UsersModule, BoardsModule, ThreadsModule],
  providers: [GqlContextFactory],
  exports: [GqlContextFactory],
})
class GqlContextModule {}

export const GraphqlModule = GraphQLModule.forRootAsync<ApolloDriverConfig>({
  driver: ApolloDriver,
  imports: [GqlContextModule],
  inject: [AppConfig, GqlContextFactory, LOGGER],
  useFactory: (config: AppConfig, contexts: GqlContextFactory, logger: Logger) => {
    return {
      path: '/graphql',
      // Built in memory; the committed apps/api/schema.gql is compared with it by a test.
      autoSchemaFile: true,
      sortSchema: true,
      // HTTP requests carry their own context; a subscription gets one from its connection.
      context: ({ req, connectionParams }: { req?: Request; connectionParams?: SocketConnectionParams }) =>
        req ? contexts.create(req) : contexts.createForSocket(connectionParams),
      subscriptions: { 'graphql-ws': { path: '/graphql' } },
      plugins: [
        // Apollo's cache-control plugin wraps every field resolver to compute HTTP cache hints
        // we never send (our cache is the anonymous response cache): pure per-field cost.
        ApolloServerPluginCacheControlDisabled() as unknown as NonNullable<ApolloDriverConfig['plugins']>[number],
        ...queryLimits.armorPlugins,
        queryCostPlugin,
        serviceUnavailableStatusPlugin,
        subscriptionsOverHttpPlugin,
        ...(config.EXPOSE_SQL_QUERY_COUNT ? [sqlCountPlugin] : []),
      ],
      validationRules: queryLimits.validationRules,
      parseOptions: queryLimits.parseOptions,
      validationOptions: queryLimits.validationOptions,
      maxRecursiveSelections: queryLimits.maxRecursiveSelections,
      allowBatchedHttpRequests: false,
      csrfPrevention: true,
      introspection: !config.isProduction,
      hideSchemaDetailsFromClientErrors: config.isProduction,
      includeStacktraceInErrorResponses: false,
      playground: false,
      formatError: createErrorFormatter(logger),
      // Nest resets the status of any response with data to 200, racing our outage plugin's
      // 503; execution errors carry no HTTP status of their own here, so there is nothing to reset.
      preserveHttpStatusForExecutionErrors: false,
    };
  },
});
