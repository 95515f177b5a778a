import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const OUT_DIR = fileURLToPath(new URL('../../dist/web', import.meta.url));

// Scripts and styles are also written gzipped (file.js.gz), once at build time at the highest
// level; the API sends those to browsers that accept gzip (web-client.middleware.ts).
function precompress(): Plugin {
  return {
    name: 'beacon-precompress',
    apply: 'build',
    writeBundle() {
      const assets = join(OUT_DIR, 'assets');
      for (const name of readdirSync(assets)) {
        if (!/\.(js|css)$/.test(name)) continue;
        writeFileSync(join(assets, `${name}.gz`), gzipSync(readFileSync(join(assets, name)), { level: 9 }));
      }
    },
  };
}

// The client is built into dist/web, which the API serves at `/` (GraphQL stays at /graphql).
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react(), precompress()],
  build: {
    outDir: OUT_DIR,
    emptyOutDir: true,
    sourcemap: false,
  },
  server: { proxy: { '/graphql': 'http://127.0.0.1:3000' } },
});
