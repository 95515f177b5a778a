import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Global, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Request } from 'express';
import { AppConfig } from '../config/app-config.js';
import { LOGGER } from '../common/logger.js';
import type { Logger } from 'pino';
import { BoardsModule } from '../modules/boards/boards.module.js';
import { ThreadsModule } from '../modules/threads/threads.module.js';
import { UsersModule } from '../modules/users/users.module.js';
import { createErrorFormatter, QUERY_TOO_COMPLEX } from './error-formatter.js';
import { GqlContextFactory } from './gql-context.js';
import { sqlCountPlugin } from './sql-count.plugin.js';

// Apollo has no limits of its own on query shape; these bound what one request may ask for.
const limit = { exposeLimits: false, errorMessage: QUERY_TOO_COMPLEX };
const armor = new ApolloArmor({
  maxDepth: { n: 10, ignoreIntrospection: true, ...limit },
  maxAliases: { n: 15, ...limit },
  maxDirectives: { n: 20, ...limit },
  maxTokens: { n: 3000, ...limit },
  costLimit: { maxCost: 5000, ...limit },
  blockFieldSuggestion: { enabled: true },
});

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
    const protection = armor.protect();
    return {
      path: '/graphql',
      // Built in memory; the committed apps/api/schema.gql is compared with it by a test.
      autoSchemaFile: true,
      sortSchema: true,
      context: ({ req }: { req: Request }) => contexts.create(req),
      // graphql-armor is typed against Apollo's CommonJS build; the objects are the same.
      plugins: [
        // Apollo's cache-control plugin wraps every field resolver to compute HTTP cache hints
        // we never send (our cache is the anonymous response cache): pure per-field cost.
        ApolloServerPluginCacheControlDisabled() as unknown as NonNullable<ApolloDriverConfig['plugins']>[number],
        ...(protection.plugins as unknown as NonNullable<ApolloDriverConfig['plugins']>),
        ...(config.EXPOSE_SQL_QUERY_COUNT ? [sqlCountPlugin] : []),
      ],
      validationRules: protection.validationRules,
      allowBatchedHttpRequests: false,
      csrfPrevention: true,
      introspection: !config.isProduction,
      hideSchemaDetailsFromClientErrors: config.isProduction,
      includeStacktraceInErrorResponses: false,
      playground: false,
      formatError: createErrorFormatter(logger),
    };
  },
});
