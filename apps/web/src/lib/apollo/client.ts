import { ApolloClient, HttpLink } from '@apollo/client';
import { createCache } from './cache';
import { createAuthFetch } from './links';

export function createApolloClient(language: () => string, uri = '/graphql', fetcher?: typeof fetch): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri, fetch: createAuthFetch(language, fetcher) }),
    cache: createCache(),
  });
}
