import { existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { NextFunction, Request, Response } from 'express';

// The built web client (apps/web → dist/web) on the API's origin: files as they are, and the
// app's index.html for every page URL, so /zh-CN/t/123 opens in the browser.
export function webClientMiddleware(root: string = resolve(process.cwd(), 'dist/web')) {
  const index = join(root, 'index.html');
  return (req: Request, res: Response, next: NextFunction): void => {
    // The full path: Nest mounts route middleware below a prefix, which `req.path` leaves out.
    const path = new URL(req.originalUrl, 'http://host').pathname;
    if ((req.method !== 'GET' && req.method !== 'HEAD') || path.startsWith('/graphql') || path.startsWith('/health')) return next();
    if (!existsSync(index)) return next();
    const file = normalize(join(root, decodeURIComponent(path)));
    if (!file.startsWith(root + sep)) return next();
    if (existsSync(file) && statSync(file).isFile()) {
      // Vite names assets by their content hash: they never change under the same URL.
      const immutable = path.startsWith('/assets/');
      const options = { maxAge: immutable ? '1y' : 0, immutable, dotfiles: 'deny' as const };
      res.vary('Accept-Encoding');
      // The build writes scripts and styles gzipped too: sent as such, with their own type.
      if (immutable && req.acceptsEncodings('gzip') === 'gzip' && existsSync(`${file}.gz`)) {
        res.type(extname(file)).setHeader('content-encoding', 'gzip');
        res.sendFile(`${file}.gz`, options);
        return;
      }
      res.sendFile(file, options);
      return;
    }
    // A missing file (an old asset, /favicon.ico) is a 404, not the app.
    if (extname(path)) return next();
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(index);
  };
}
