import { createRequire } from 'node:module';
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { FragmentDefinitionNode } from 'graphql';
import { QUERY_TOO_COMPLEX } from './protocol-errors.js';
import { MAX_QUERY_COST, queryCost } from './query-cost.js';

// The same graphql build Apollo uses (CommonJS): Apollo answers its GraphQLErrors as they are.
const { GraphQLError, Kind } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

// Apollo has no limits of its own on query shape; these bound what one request may ask for,
// each refused with HTTP 400 and QUERY_TOO_COMPLEX (see protocol-errors.ts).
const limit = { exposeLimits: false, errorMessage: QUERY_TOO_COMPLEX };
const armor = new ApolloArmor({
  maxDepth: { n: 10, ignoreIntrospection: true, ...limit },
  // Aliases of __typename count too: 100 of them are 100 fields to answer.
  maxAliases: { n: 15, allowList: [], ...limit },
  maxDirectives: { n: 20, ...limit },
  // Tokens are bounded by graphql-js's parser itself (below): armor's token plugin parses a
  // second time and throws from a hook, which Apollo answers with HTTP 500.
  maxTokens: { enabled: false },
  // Replaced by queryCostPlugin, which counts connections by their page sizes.
  costLimit: { enabled: false },
  // Apollo hides suggestions where schema details are hidden (production); in development
  // they help.
  blockFieldSuggestion: { enabled: false },
});

export const MAX_TOKENS = 3000;
// graphql-js reports every error it finds (50 unknown directives are 50 errors); a client
// needs the first few.
export const MAX_VALIDATION_ERRORS = 5;
// Selections counted through fragments (Apollo's rule): a few fragments spread into each
// other many times would otherwise expand to millions of fields.
export const MAX_RECURSIVE_SELECTIONS = 2000;

const protection = armor.protect();

// The options Apollo takes for them (graphql.module.ts).
export const queryLimits = {
  // graphql-armor is typed against Apollo's CommonJS build; the objects are the same.
  armorPlugins: protection.plugins as unknown as ApolloServerPlugin[],
  validationRules: protection.validationRules,
  parseOptions: { maxTokens: MAX_TOKENS },
  validationOptions: { maxErrors: MAX_VALIDATION_ERRORS },
  maxRecursiveSelections: MAX_RECURSIVE_SELECTIONS,
};

// The cost depends on the page sizes, which variables may carry: checked once the operation and
// its variables are known, before anything runs.
export const queryCostPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ schema, document, operation, request }) {
        if (!operation) return;
        const fragments: Record<string, FragmentDefinitionNode> = {};
        for (const definition of document.definitions)
          if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
        const cost = queryCost({ schema, operation, fragments, variables: request.variables ?? {} });
        if (cost > MAX_QUERY_COST) {
          throw new GraphQLError(QUERY_TOO_COMPLEX, { extensions: { code: QUERY_TOO_COMPLEX, http: { status: 400 } } });
        }
      },
    };
  },
};
