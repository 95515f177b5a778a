import type { UserWithBadge } from './user.mapper.js';

// An author read in the same statement as the thread or post that names them: a page of
// posts then needs no user or badge lookups at all, whatever its size. Only what any viewer
// may see of an account is read here (no e-mail, no 2FA state): the account's own view and the
// admins' are separate reads (UserWithBadge), made only when such a field is asked for.
export type AuthorRecord = Omit<UserWithBadge, 'email' | 'totpEnabled'>;

export const authorColumns = (u: string, b: string, prefix: string) => `
  ${u}.handle AS ${prefix}handle, ${u}.display_name AS ${prefix}display_name,
  ${u}.locale AS ${prefix}locale, ${u}.roles AS ${prefix}roles, ${u}.moderator_locales AS ${prefix}moderator_locales,
  ${u}.banned_until AS ${prefix}banned_until, ${u}.created_at AS ${prefix}created_at,
  ${b}.title AS ${prefix}badge_title, ${b}.team AS ${prefix}badge_team, ${b}.locales AS ${prefix}badge_locales,
  ${b}.granted_at AS ${prefix}badge_granted_at`;

// A LEFT join when the row that names the author may itself be missing (an outer-joined post).
export const authorJoin = (u: string, b: string, authorIdColumn: string, join: 'JOIN' | 'LEFT JOIN' = 'JOIN') =>
  `${join} users ${u} ON ${u}.id = ${authorIdColumn} LEFT JOIN staff_badges ${b} ON ${b}.user_id = ${u}.id AND ${b}.revoked_at IS NULL`;

export function toAuthorRecord(row: Record<string, any>, id: string, prefix: string): AuthorRecord {
  const badgeTitle = row[`${prefix}badge_title`];
  return {
    id,
    handle: row[`${prefix}handle`],
    displayName: row[`${prefix}display_name`],
    locale: row[`${prefix}locale`],
    roles: row[`${prefix}roles`],
    moderatorLocales: row[`${prefix}moderator_locales`],
    bannedUntil: row[`${prefix}banned_until`],
    createdAt: row[`${prefix}created_at`],
    badge:
      badgeTitle === null || badgeTitle === undefined
        ? null
        : {
            title: badgeTitle,
            team: row[`${prefix}badge_team`],
            locales: row[`${prefix}badge_locales`],
            grantedAt: row[`${prefix}badge_granted_at`],
          },
  };
}
