import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes } from 'react-router';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { createCache } from '../lib/apollo/cache';
import { createI18n } from '../lib/i18n/init';
import { CONSOLE_NAMESPACES, NAMESPACES, type Language } from '../lib/i18n/languages';

// A component with the real translations of one language, a router at /<lang>/ and Apollo mocks.
export async function renderWithProviders(
  ui: ReactElement,
  { lang = 'en', mocks = [] }: { lang?: Language; mocks?: MockLink.MockedResponse[] } = {},
) {
  const i18n = await createI18n(lang);
  await i18n.loadNamespaces([...NAMESPACES, ...CONSOLE_NAMESPACES]);
  return render(
    <I18nextProvider i18n={i18n}>
      <MockedProvider mocks={mocks} cache={createCache()}>
        <MemoryRouter initialEntries={[`/${lang}/`]}>
          <Routes>
            <Route path="/:lang/*" element={ui} />
          </Routes>
        </MemoryRouter>
      </MockedProvider>
    </I18nextProvider>,
  );
}
