import { Suspense } from 'react';
import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { ApolloProvider } from '@apollo/client/react';
import type { ApolloClient } from '@apollo/client';
import { createRouter } from './router';

export function App({ client, i18n }: { client: ApolloClient; i18n: i18n }) {
  return (
    <I18nextProvider i18n={i18n}>
      <ApolloProvider client={client}>
        <Suspense fallback={null}>
          <RouterProvider router={createRouter()} />
        </Suspense>
      </ApolloProvider>
    </I18nextProvider>
  );
}
