import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { createRequire } from 'node:module';
import { LRUCache } from 'lru-cache';
import { AppConfig } from '../../config/app-config.js';
import { ContentVersions, type ContentKey } from './content-versions.js';

// The same graphql build Apollo uses (CommonJS).
const { parse } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

interface Entry {
  // UTF-8 bytes: counted exactly against the cache's size, kept off the V8 heap, and sent as
  // they are on every hit.
  body: Buffer;
  keys: string[];
  since: number;
}

interface Recording {
  keys: Set<string>;
  uncacheable?: boolean;
}

type CachingRequest = Request & { anonymousCache?: Recording };

// Visitors read the same pages over and over; like Discourse's anonymous cache, their query
// responses are kept in memory, but invalidated by content versions rather than left to age.
@Injectable()
export class AnonymousResponseCache {
  private readonly entries: LRUCache<string, Entry>;
  private readonly queryKinds = new LRUCache<string, boolean>({ max: 1000 });

  constructor(
    private readonly config: AppConfig,
    private readonly versions: ContentVersions,
  ) {
    this.entries = new LRUCache<string, Entry>({
      max: 20_000,
      maxSize: config.ANONYMOUS_CACHE_MB * 1024 * 1024,
      sizeCalculation: (entry) => entry.body.byteLength + 64,
      ttl: Math.max(config.ANONYMOUS_CACHE_SECONDS, 1) * 1000,
    });
  }

  readonly middleware = (req: Request, res: Response, next: NextFunction): void => {
    if (!this.cacheable(req)) return next();
    const key = this.keyOf(req);
    const hit = this.entries.get(key);
    if (hit && this.versions.isCurrent(hit.keys, hit.since)) {
      res.status(200).type('application/json; charset=utf-8').setHeader('x-anonymous-cache', 'hit');
      res.send(hit.body);
      return;
    }
    const since = this.versions.now();
    const recording: Recording = { keys: new Set<string>(['users']) };
    (req as CachingRequest).anonymousCache = recording;
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      if (!recording.uncacheable && res.statusCode === 200 && typeof body === 'string' && !body.includes('"errors"') && this.versions.isCurrent(recording.keys, since)) {
        this.entries.set(key, { body: Buffer.from(body), keys: [...recording.keys], since });
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

  private cacheable(req: Request): boolean {
    if (this.config.ANONYMOUS_CACHE_SECONDS === 0 || !this.versions.live) return false;
    if (req.method !== 'POST' || req.headers.authorization || req.headers.cookie) return false;
    const body = req.body as { query?: unknown; operationName?: unknown } | undefined;
    return typeof body?.query === 'string' && body.query.length <= 10_000 && this.isQuery(body.query);
  }

  private isQuery(query: string): boolean {
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

  private keyOf(req: Request): string {
    const { query, variables, operationName } = req.body as Record<string, unknown>;
    const language = String(req.headers['accept-language'] ?? '').slice(0, 100);
    return createHash('sha1').update(JSON.stringify([query, variables ?? null, operationName ?? null, language])).digest('base64url');
  }
}
