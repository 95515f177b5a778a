import { createHash } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { gunzipSync, gzipSync } from 'node:zlib';
import { Inject, Injectable } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import Negotiator from 'negotiator';
import { createRequire } from 'node:module';
import { LRUCache } from 'lru-cache';
import type { Logger } from 'pino';
import { requestContext } from '../../common/request-context.js';
import { LOGGER } from '../../common/logger.js';
import { answerInternalError, answerProtocolError } from '../../common/transport-errors.js';
import { AppConfig } from '../../config/app-config.js';
import { ContentVersions, type ContentKey } from './content-versions.js';

// The same graphql build Apollo uses (CommonJS).
const { parse } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

// A visitor's query is a few hundred bytes; larger bodies (long variables) are not worth
// holding in memory to look up, and go to Express as they came.
const MAX_CACHED_BODY_BYTES = 16 * 1024;

interface Entry {
  // The response's UTF-8 bytes, gzipped once when stored: a thread page shrinks about 3.5
  // times (8 KB to 2.3 KB), so the cache holds every page a busy board serves within the
  // memory it is given; sent as they are to every client that accepts gzip (every browser),
  // which also writes fewer bytes per hit. Counted exactly, kept off the V8 heap.
  gzipped: Buffer;
  keys: string[];
  since: number;
}

interface Recording {
  keys: Set<string>;
  uncacheable?: boolean;
}

// What the front handler leaves on a request it read but could not answer.
type CachingRequest = Request & { anonymousCacheKey?: string; anonymousCache?: Recording };

// Level 1: about 60 µs for a thread page, and within 5 % of level 6's size on these bodies.
// zlib hands back a view of its 16 KB output chunk: kept as it is, each 2 KB entry would hold
// 16 KB of memory the cache does not count (RSS grew by 260 MB for 14,000 entries), so the
// bytes are copied out to a buffer of their own size.
function gzip(body: string): Buffer {
  const chunk = gzipSync(body, { level: 1 });
  const exact = Buffer.allocUnsafeSlow(chunk.byteLength);
  chunk.copy(exact);
  return exact;
}

// Visitors read the same pages over and over; like Discourse's anonymous cache, their query
// responses are kept in memory, but invalidated by content versions rather than left to age.
//
// Two parts. `front` sits before Express: it reads a visitor's small JSON POST to /graphql,
// keys it on the exact body bytes and the language, and answers a hit straight from Node's
// HTTP server (Express, its router and body parser, and Nest's middleware cost more than the
// hit itself). Everything else goes on to Express with the body already parsed. `middleware`
// then records what a missed query's answer depends on and stores it.
@Injectable()
export class AnonymousResponseCache {
  private readonly entries: LRUCache<string, Entry>;
  private readonly queryKinds = new LRUCache<string, boolean>({ max: 1000 });

  constructor(
    private readonly config: AppConfig,
    private readonly versions: ContentVersions,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.entries = new LRUCache<string, Entry>({
      max: 20_000,
      maxSize: config.ANONYMOUS_CACHE_MB * 1024 * 1024,
      sizeCalculation: (entry) => entry.gzipped.byteLength + 64,
      ttl: Math.max(config.ANONYMOUS_CACHE_SECONDS, 1) * 1000,
    });
  }

  front(next: RequestListener): RequestListener {
    return (req, res) => {
      if (!this.mayAnswer(req)) return next(req, res);
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('error', () => res.destroy());
      req.on('end', () => {
        // Outside Express and Nest nothing else would catch a throw here: it would end the process.
        try {
          this.answerOrPass(req, res, chunks, next);
        } catch (error) {
          const requestId = requestContext.newRequestId(req.headers['x-request-id']);
          this.logger.error({ err: error, requestId }, 'unexpected error in the anonymous cache');
          answerInternalError(req, res, requestId);
        }
      });
    };
  }

  private answerOrPass(req: IncomingMessage, res: ServerResponse, chunks: Buffer[], next: RequestListener): void {
    const raw = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
    const key = createHash('sha1')
      .update(raw)
      .update(`\n${String(req.headers['accept-language'] ?? '').slice(0, 100)}`)
      .digest('base64url');
    const hit = this.entries.get(key);
    if (hit && this.versions.isCurrent(hit.keys, hit.since)) return this.answer(req, res, hit);
    let body: unknown;
    try {
      // Express's JSON parser skips a byte-order mark; so does this one, for the same answer.
      body = JSON.parse(raw.toString('utf8').replace(/^\uFEFF/, ''));
    } catch {
      body = undefined;
    }
    // As Express's (strict) JSON parser would refuse it.
    if (typeof body !== 'object' || body === null) return answerProtocolError(req, res, 400, 'MALFORMED_JSON');
    // Express's body parser leaves a request whose stream has ended alone.
    Object.assign(req, { body, anonymousCacheKey: key });
    next(req, res);
  }

  // Records what a query read from the front handler depends on, and stores its answer.
  readonly middleware = (req: Request, res: Response, next: NextFunction): void => {
    const key = (req as CachingRequest).anonymousCacheKey;
    if (key === undefined || !this.isQuery(req.body)) return next();
    res.setHeader('vary', 'Accept-Encoding');
    const since = this.versions.now();
    const recording: Recording = { keys: new Set<string>() };
    (req as CachingRequest).anonymousCache = recording;
    const store = requestContext.current();
    if (store) store.contentKeys = recording.keys;
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      if (
        !recording.uncacheable &&
        res.statusCode === 200 &&
        typeof body === 'string' &&
        !body.includes('"errors"') &&
        this.versions.isCurrent(recording.keys, since)
      ) {
        this.entries.set(key, { gzipped: gzip(body), keys: [...recording.keys], since });
      }
      return send(body);
    };
    next();
  };

  // Resolvers name what their part of the response shows; only recorded for cached requests.
  static dependsOn(req: Request, ...keys: ContentKey[]): void {
    const recording = (req as CachingRequest).anonymousCache;
    if (recording) for (const key of keys) recording.keys.add(key);
  }

  // For answers that depend on something content versions do not track (e.g. scam rules).
  static skip(req: Request): void {
    const recording = (req as CachingRequest).anonymousCache;
    if (recording) recording.uncacheable = true;
  }

  // A visitor's small JSON POST to /graphql. JSON only: a form-encoded or text/plain POST is
  // what Apollo's CSRF prevention refuses, and it must still get the chance to.
  private mayAnswer(req: IncomingMessage): boolean {
    if (this.config.ANONYMOUS_CACHE_SECONDS === 0 || !this.versions.live) return false;
    if (req.method !== 'POST' || req.url !== '/graphql' || req.headers.authorization || req.headers.cookie) return false;
    const length = Number(req.headers['content-length']);
    if (!(length > 0 && length <= MAX_CACHED_BODY_BYTES) || req.headers['transfer-encoding'] !== undefined) return false;
    // A compressed body is Express's to inflate (or refuse), as for signed-in users.
    if (req.headers['content-encoding'] !== undefined && req.headers['content-encoding'] !== 'identity') return false;
    return /^application\/json\s*(;\s*charset=utf-8\s*)?$/i.test(req.headers['content-type'] ?? '');
  }

  private answer(req: IncomingMessage, res: ServerResponse, hit: Entry): void {
    const gzipped = new Negotiator(req).encoding(['gzip']) === 'gzip';
    const body = gzipped ? hit.gzipped : gunzipSync(hit.gzipped);
    res.writeHead(200, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': body.byteLength,
      ...(gzipped ? { 'content-encoding': 'gzip' } : {}),
      vary: 'Accept-Encoding',
      'x-anonymous-cache': 'hit',
      'x-request-id': requestContext.newRequestId(req.headers['x-request-id']),
    });
    res.end(body);
  }

  private isQuery(body: unknown): boolean {
    const query = (body as { query?: unknown } | null)?.query;
    if (typeof query !== 'string' || query.length > 10_000) return false;
    let kind = this.queryKinds.get(query);
    if (kind === undefined) {
      try {
        kind = parse(query).definitions.every((d) => d.kind !== 'OperationDefinition' || d.operation === 'query');
      } catch {
        kind = false;
      }
      this.queryKinds.set(query, kind);
    }
    return kind;
  }
}
