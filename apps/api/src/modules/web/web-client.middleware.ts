import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { NextFunction, Request, Response } from 'express';
import { FALLBACK_TEMPLATE } from './page-html.js';

// Renders a page URL as HTML with its content (board and thread pages), or null for the app alone.
export type PageRenderer = (path: string, origin: string, template: string) => Promise<string | null>;

// The built web client (apps/web → dist/web) on the API's origin: files as they are, and the
// app's index.html for every page URL, so /zh-CN/t/123 opens in the browser; board and thread
// URLs come with their content rendered in, for search engines and the first paint.
export function webClientMiddleware(root: string = resolve(process.cwd(), 'dist/web'), renderPage?: PageRenderer) {
  const index = join(root, 'index.html');
  // Read once: the build does not change under a running server.
  let template: string | null = null;
  const templateOf = () => (template ??= existsSync(index) ? readFileSync(index, 'utf8') : null);
  return (req: Request, res: Response, next: NextFunction): void => {
    // The full path: Nest mounts route middleware below a prefix, which `req.path` leaves out.
    const path = new URL(req.originalUrl, 'http://host').pathname;
    if ((req.method !== 'GET' && req.method !== 'HEAD') || path.startsWith('/graphql') || path.startsWith('/health')) return next();
    const file = normalize(join(root, decodeURIComponent(path)));
    if (!file.startsWith(root + sep) && file !== root) return next();
    if (existsSync(index) && existsSync(file) && statSync(file).isFile()) {
      sendAsset(req, res, file, path.startsWith('/assets/'));
      return;
    }
    // A missing file (an old asset, /favicon.ico) is a 404, not the app.
    if (extname(path)) return next();
    const app = templateOf();
    const rendered = renderPage
      ? renderPage(path, `${req.protocol}://${req.get('host')}`, app ?? FALLBACK_TEMPLATE)
      : Promise.resolve(null);
    rendered
      .then((html) => {
        if (html === null && app === null) return next();
        res.setHeader('cache-control', 'no-cache');
        res.type('html').send(html ?? app);
      })
      .catch(next);
  };
}

function sendAsset(req: Request, res: Response, file: string, immutable: boolean): void {
  // Vite names assets by their content hash: they never change under the same URL.
  const options = { maxAge: immutable ? '1y' : 0, immutable, dotfiles: 'deny' as const };
  res.vary('Accept-Encoding');
  // The build writes scripts and styles gzipped too: sent as such, with their own type.
  if (immutable && req.acceptsEncodings('gzip') === 'gzip' && existsSync(`${file}.gz`)) {
    res.type(extname(file)).setHeader('content-encoding', 'gzip');
    res.sendFile(`${file}.gz`, options);
    return;
  }
  res.sendFile(file, options);
}
