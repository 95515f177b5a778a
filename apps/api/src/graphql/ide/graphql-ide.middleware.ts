import { existsSync, statSync } from 'node:fs';
import { join, normalize, resolve, sep } from 'node:path';
import type { NextFunction, Request, Response } from 'express';

const PAGE = '/graphql';
const FILES = '/graphql/ide/';

// The development GraphQL IDE (GraphiQL, built from ./client into dist/graphql-ide by
// `npm run build:ide`): its page for a browser opening /graphql, its files below
// /graphql/ide/. Everything it loads comes from here, so it works offline. Mounted outside
// production only (bootstrap.ts); GraphQL requests to /graphql pass through untouched.
export function graphqlIdeMiddleware(root: string = resolve(process.cwd(), 'dist/graphql-ide')) {
  const index = join(root, 'index.html');
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const path = new URL(req.originalUrl, 'http://host').pathname;
    if (path === PAGE || path === `${PAGE}/`) {
      // A browser navigating here, not a GraphQL GET (which names its query and accepts JSON).
      if (
        req.query.query !== undefined ||
        req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) !== 'text/html'
      )
        return next();
      res.setHeader('cache-control', 'no-cache');
      if (!existsSync(index)) {
        res.status(404).type('text/plain').send('The GraphQL IDE is not built: run `npm run build:ide`, then reload.\n');
        return;
      }
      res.sendFile(index);
      return;
    }
    if (!path.startsWith(FILES)) return next();
    const file = normalize(join(root, decodeURIComponent(path.slice(FILES.length))));
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.status(404).type('text/plain').send('Not found\n');
      return;
    }
    // Vite names assets by their content hash: they never change under the same URL.
    res.sendFile(file, { maxAge: '1y', immutable: true, dotfiles: 'deny' });
  };
}
