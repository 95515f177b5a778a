import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Role } from '../modules/users/user.entity.js';
import type { Actor } from './actor.js';

export interface AccessRequirement {
  // Open to visitors: the operation decides what each viewer sees.
  public?: boolean;
  // Roles of which the actor must hold one (with 2FA on, for elevated roles).
  roles?: Role[];
  // A write: banned users are refused, and so are elevated accounts without 2FA.
  write?: boolean;
  // Authenticated by something else (a refresh token): a stale access token sent along is ignored.
  ignoresAccessToken?: boolean;
}

export const ACCESS_KEY = 'beacon:access';

// Every operation carries one of these (see operation-access.ts): the AccessGuard enforces
// sign-in and the requirement, so resolvers never check roles themselves.
export const SignedIn = (requirement: Omit<AccessRequirement, 'public'> = {}) => SetMetadata(ACCESS_KEY, requirement);

export const Public = (options: { ignoresAccessToken?: boolean } = {}) =>
  SetMetadata(ACCESS_KEY, { public: true, ...options } satisfies AccessRequirement);

export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor | null => {
  const req = GqlExecutionContext.create(context).getContext().req as { user?: Actor | null };
  return req.user ?? null;
});
