import type { Actor } from '../../auth/actor.js';
import { isAdmin, moderates } from '../../auth/actor.policy.js';
import type { StaffBadgeType, UserType } from './graphql/user.type.js';
import type { UserEntity } from './user.entity.js';

export type UserRow = Pick<
  UserEntity,
  'id' | 'handle' | 'displayName' | 'email' | 'locale' | 'roles' | 'moderatorLocales' | 'totpEnabled' | 'bannedUntil' | 'createdAt'
>;

// What a viewer may see of an account: e-mail and 2FA state are private to the user and
// admins; a ban is shown to the user and to moderators.
export function toUserType(user: UserRow & { badge?: StaffBadgeType | null }, viewer: Actor | null): UserType {
  const admin = isAdmin(viewer);
  const moderator = admin || (!!viewer && viewer.moderatorLocales.some((locale) => moderates(viewer, locale)));
  const shown = present(user, { self: viewer?.id === user.id, admin, moderator });
  if (user.badge !== undefined) shown.knownBadge = user.badge;
  return shown;
}

// The account as its owner sees it, e.g. in the payload of their own login.
export const toOwnUserType = (user: UserRow): UserType => present(user, { self: true, admin: false, moderator: false });

function present(user: UserRow, { self, admin, moderator }: { self: boolean; admin: boolean; moderator: boolean }): UserType {
  return {
    id: user.id,
    handle: user.handle,
    displayName: user.displayName,
    locale: user.locale,
    roles: user.roles,
    moderatorLocales: user.moderatorLocales,
    twoFactorEnabled: self || admin ? user.totpEnabled : false,
    email: self || admin ? user.email : null,
    bannedUntil: self || moderator ? user.bannedUntil : null,
    createdAt: user.createdAt,
  };
}
