import { Suspense } from 'react';
import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { ApolloProvider } from '@apollo/client/react';
import type { ApolloClient } from '@apollo/client';
import { AppRoutes } from './router';

// Declarative routing (BrowserRouter + useRoutes): the data router's loaders and actions are
// not used, and leaving them out keeps a first visit's JavaScript smaller (docs/benchmarks.md).
export function App({ client, i18n }: { client: ApolloClient; i18n: i18n }) {
  return (
    <I18nextProvider i18n={i18n}>
      <ApolloProvider client={client}>
        <BrowserRouter>
          <Suspense fallback={null}>
            <AppRoutes />
          </Suspense>
        </BrowserRouter>
      </ApolloProvider>
    </I18nextProvider>
  );
}
