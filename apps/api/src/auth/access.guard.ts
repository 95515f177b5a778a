import { Injectable, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthGuard } from '@nestjs/passport';
import { DomainError } from '../common/domain-error.js';
import { requestContext } from '../common/request-context.js';
import { isServiceUnavailable } from '../common/service-unavailable.js';
import { ACCESS_KEY, type AccessRequirement } from './access.decorator.js';
import type { Actor } from './actor.js';
import { holds, writeRefusal } from './actor.policy.js';

type AuthRequest = { headers: Record<string, string | string[] | undefined>; user?: Actor | null };

// The one place that decides who is calling and whether they may call this operation at all.
// Object rules (may this moderator act on that post?) live in the modules' policies.
@Injectable()
export class AccessGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override getRequest(context: ExecutionContext): AuthRequest {
    return GqlExecutionContext.create(context).getContext().req;
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = this.getRequest(context);
    const requirement = this.reflector.getAllAndOverride<AccessRequirement | undefined>(ACCESS_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    // A public read with a stale token is refused with the token's reason (the client refreshes
    // and retries); refreshing and signing out go by their refresh token alone.
    if (requirement?.ignoresAccessToken) return true;
    if (req.user === undefined) await this.authenticate(context, req);
    if (requirement && !requirement.public) assertAccess(req.user ?? null, requirement);
    return true;
  }

  // Once per request, even when it has several root fields; no header means a visitor.
  private async authenticate(context: ExecutionContext, req: AuthRequest): Promise<void> {
    if (!req.headers.authorization) {
      req.user = null;
      return;
    }
    await super.canActivate(context);
    const store = requestContext.current();
    if (store && req.user) store.locale = req.user.locale;
  }

  override handleRequest<T>(err: unknown, user: T, info?: unknown): T {
    // A database outage while loading the session says nothing about the session: it must not
    // sign the user out (answered SERVICE_UNAVAILABLE by the error formatter).
    if (isServiceUnavailable(err)) throw err;
    if (err || !user) throw new DomainError('UNAUTHENTICATED', { key: 'errors.sessionExpired' }, { reason: tokenRefusal(info) });
    return user;
  }
}

// What passport-jwt says of a refused token: expired (the client refreshes), unreadable or badly
// signed, or valid but for a session that has ended (the client signs in again).
function tokenRefusal(info: unknown): 'TOKEN_EXPIRED' | 'TOKEN_INVALID' | 'SESSION_ENDED' {
  const name = (info as { name?: string } | undefined)?.name;
  if (name === 'TokenExpiredError') return 'TOKEN_EXPIRED';
  return info ? 'TOKEN_INVALID' : 'SESSION_ENDED';
}

export function assertAccess(actor: Actor | null, requirement: AccessRequirement, now = new Date()): asserts actor is Actor {
  if (!actor) throw new DomainError('UNAUTHENTICATED', { key: 'errors.unauthenticated' });
  const roles = requirement.roles ?? [];
  if (roles.length > 0 && !roles.some((role) => holds(actor, role))) {
    if (roles.some((role) => actor.roles.includes(role))) {
      throw new DomainError('TWO_FACTOR_REQUIRED', { key: 'errors.twoFactorRequired' });
    }
    throw new DomainError('FORBIDDEN', { key: 'errors.forbidden' });
  }
  const refusal = requirement.write ? writeRefusal(actor, now) : null;
  if (refusal === 'TWO_FACTOR_REQUIRED') throw new DomainError('TWO_FACTOR_REQUIRED', { key: 'errors.twoFactorRequired' });
  if (refusal === 'BANNED') throw new DomainError('BANNED', { key: 'errors.banned', params: { reason: actor.banReason ?? '-' } });
}
