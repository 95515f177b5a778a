import { defineConfig } from 'vitest/config';

export default defineConfig({
  // `source` maps the #libs/* imports to TypeScript sources instead of dist/ (see package.json);
  // tests run in Vite's SSR mode, which has its own list of conditions.
  resolve: { conditions: ['source', 'module', 'node', 'development|production'] },
  ssr: { resolve: { conditions: ['source', 'module', 'node', 'development|production'] } },
  oxc: {
    // NestJS dependency injection reads the constructor parameter types that TypeScript emits
    // as decorator metadata.
    decorator: { legacy: true, emitDecoratorMetadata: true },
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['libs/*/src/**/*.spec.ts', 'apps/*/src/**/*.spec.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/api/**/*.e2e-spec.ts'],
          globalSetup: ['test/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          pool: 'forks',
        },
      },
      {
        // The web client's components and hooks: jsdom, real i18n, Testing Library.
        extends: true,
        test: {
          name: 'web',
          include: ['apps/web/src/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['apps/web/src/test/setup.ts'],
        },
      },
      {
        // The web client in Debian's Chromium against the real API and PostgreSQL.
        extends: true,
        test: {
          name: 'browser',
          include: ['apps/web/e2e/**/*.e2e.ts'],
          globalSetup: ['test/global-setup.ts', 'apps/web/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: 'forks',
        },
      },
    ],
  },
});
