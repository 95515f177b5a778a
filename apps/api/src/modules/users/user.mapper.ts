import type { Actor } from '../../auth/actor.js';
import { isAdmin, moderatesAnyLocale } from '../../auth/actor.policy.js';
import { requestContext } from '../../common/request-context.js';
import type { StaffBadgeType, UserType } from './graphql/user.type.js';
import type { AuthorRecord } from './author.sql.js';
import type { UserEntity } from './user.entity.js';

export type UserRow = Pick<
  UserEntity,
  'id' | 'handle' | 'displayName' | 'email' | 'locale' | 'roles' | 'moderatorLocales' | 'totpEnabled' | 'bannedUntil' | 'createdAt'
>;

// An account with the staff badge shown beside it.
export type UserWithBadge = UserRow & { badge: StaffBadgeType | null };

// What a viewer may see of an account: e-mail and 2FA state are private to the user and
// admins; a ban is shown to the user and to moderators (of any language).
// `user` may be the public projection of an author (AuthorRecord): the fields private to the
// user and admins are then left undefined for them, and loaded only if the query asks for them
// (see UserFieldsResolver).
export function toUserType(user: UserWithBadge | AuthorRecord, viewer: Actor | null): UserType {
  return present(user, { self: viewer?.id === user.id, admin: isAdmin(viewer), moderator: moderatesAnyLocale(viewer) });
}

// The account as its owner sees it, e.g. in the payload of their own login.
export const toOwnUserType = (user: UserWithBadge): UserType => present(user, { self: true, admin: false, moderator: false });

function present(
  user: UserWithBadge | AuthorRecord,
  { self, admin, moderator }: { self: boolean; admin: boolean; moderator: boolean },
): UserType {
  // A cached page that shows this user's name or badge goes when either changes.
  requestContext.dependsOn(`user:${user.id}`);
  return {
    id: user.id,
    handle: user.handle,
    displayName: user.displayName,
    locale: user.locale,
    roles: user.roles,
    moderatorLocales: user.moderatorLocales,
    twoFactorEnabled: self || admin ? ('totpEnabled' in user ? user.totpEnabled : undefined) : false,
    email: self || admin ? ('email' in user ? user.email : undefined) : null,
    bannedUntil: self || moderator ? user.bannedUntil : null,
    createdAt: user.createdAt,
    badge: user.badge,
  };
}
