import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The development GraphQL IDE, built into dist/graphql-ide and served by the API at /graphql
// (the page) and /graphql/ide/ (its files), outside production only.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/graphql/ide/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../../../../../../dist/graphql-ide', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    // The editor (Monaco) is large; this is a development tool loaded from localhost.
    chunkSizeWarningLimit: 8000,
    rollupOptions: {
      // GraphiQL's React Compiler directives ("use no memo") mean nothing to the bundler.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  worker: { format: 'es' },
});
