import type { ApolloServerPlugin } from '@apollo/server';
import { requestContext } from '../common/request-context.js';

export const sqlCountPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        response.http.headers.set('x-sql-queries', String(requestContext.current()?.sqlQueries ?? 0));
      },
    };
  },
};
