import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';

// Subscriptions are served over WebSocket (graphql-ws, modules/live). Sent over HTTP, Apollo
// would run the subscription's resolver once, as a query, and fail inside a 200: it is refused
// before execution with its own protocol code and a 400.
export const subscriptionsOverHttpPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation }) {
        if (operation?.operation === 'subscription') {
          throw new GraphQLError('Subscriptions are not served over HTTP', {
            extensions: { code: 'SUBSCRIPTION_OVER_HTTP', http: { status: 400 } },
          });
        }
      },
    };
  },
};
