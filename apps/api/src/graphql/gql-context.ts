import { isIP } from 'node:net';
import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import type { Actor } from '../auth/actor.js';
import { requestLocale } from '../common/request-context.middleware.js';
import { AnonymousResponseCache } from './anonymous-cache/anonymous-response-cache.js';
import type { ContentKey } from './anonymous-cache/content-versions.js';
import type { Page } from '../common/cursor.js';
import type { PostRecord } from '../modules/posts/post.record.js';
import { PostsRepository } from '../modules/posts/posts.repository.js';
import { createThreadLoaders } from '../modules/threads/thread.loaders.js';
import { ThreadsRepository } from '../modules/threads/threads.repository.js';
import { createUserLoaders } from '../modules/users/user.loaders.js';
import { UsersRepository } from '../modules/users/users.repository.js';

export type Loaders = ReturnType<GqlContextFactory['createLoaders']>;

export interface GqlContext {
  req: Request;
  loaders: Loaders;
  // Pages a resolver read ahead for a child field, by parent id (see look-ahead.ts).
  readAhead: { firstReplies: Map<string, { limit: number; page: Page<PostRecord> }> };
  // Over a WebSocket: the language the visitor asked for when connecting.
  socketLocale?: string;
}

// What a graphql-ws client sends when it connects, in place of HTTP headers.
export interface SocketConnectionParams {
  authorization?: unknown;
  'accept-language'?: unknown;
}

// A fresh set of loaders per request: batching within the request, no cache across users.
@Injectable()
export class GqlContextFactory {
  constructor(
    private readonly threads: ThreadsRepository,
    private readonly posts: PostsRepository,
    private readonly users: UsersRepository,
  ) {}

  create(req: Request): GqlContext {
    return { req, loaders: this.createLoaders(() => (req.user as Actor | undefined) ?? null), readAhead: { firstReplies: new Map() } };
  }

  // A subscription's context: the connection's parameters stand in for the headers, so the same
  // AccessGuard authenticates it (once, at subscribe) as it does an HTTP request.
  createForSocket(params: SocketConnectionParams | undefined): GqlContext {
    const authorization = typeof params?.authorization === 'string' ? params.authorization : undefined;
    const acceptLanguage = typeof params?.['accept-language'] === 'string' ? params['accept-language'] : undefined;
    const req = {
      headers: { ...(authorization ? { authorization } : {}), ...(acceptLanguage ? { 'accept-language': acceptLanguage } : {}) },
    } as unknown as Request;
    return { ...this.create(req), socketLocale: requestLocale(acceptLanguage) };
  }

  createLoaders(viewer: () => Actor | null) {
    return {
      ...createThreadLoaders(this.threads, this.posts, viewer),
      ...createUserLoaders(this.users),
    };
  }
}

// null for a visitor; the AccessGuard has set it before any field resolver runs.
// Names what a part of the response shows, for the anonymous response cache.
export const dependsOn = (ctx: GqlContext, ...keys: ContentKey[]): void => AnonymousResponseCache.dependsOn(ctx.req, ...keys);

// The client's address as the trusted proxies report it; a forwarded value that is no IP
// address is ignored for the connection's own (a limit keyed on junk would limit nothing).
export const clientAddressOf = (ctx: GqlContext): string =>
  isIP(ctx.req.ip ?? '') ? ctx.req.ip! : (ctx.req.socket?.remoteAddress ?? 'unknown');

export const viewerOf = (ctx: GqlContext): Actor | null => (ctx.req.user as Actor | undefined) ?? null;
