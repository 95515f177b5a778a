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
export type UserWithBadge = UserRow & { badge: StaffBadgeType | null };

export function toUserType(user: UserWithBadge, viewer: Actor | null): UserType {
  const admin = isAdmin(viewer);
  const moderator = admin || (!!viewer && viewer.moderatorLocales.some((locale) => moderates(viewer, locale)));
  return present(user, { self: viewer?.id === user.id, admin, moderator });
}

// The account as its owner sees it, e.g. in the payload of their own login.
export const toOwnUserType = (user: UserWithBadge): UserType => present(user, { self: true, admin: false, moderator: false });

function present(user: UserWithBadge, { self, admin, moderator }: { self: boolean; admin: boolean; moderator: boolean }): UserType {
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
    badge: user.badge,
  };
}
