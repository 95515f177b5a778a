import type { UserWithBadge } from './user.mapper.js';

// An author read in the same statement as the thread or post that names them: a page of
// posts then needs no user or badge lookups at all, whatever its size.
export type AuthorRecord = UserWithBadge;

export const authorColumns = (u: string, b: string, prefix: string) => `
  ${u}.handle AS ${prefix}handle, ${u}.display_name AS ${prefix}display_name, ${u}.email AS ${prefix}email,
  ${u}.locale AS ${prefix}locale, ${u}.roles AS ${prefix}roles, ${u}.moderator_locales AS ${prefix}moderator_locales,
  ${u}.totp_enabled AS ${prefix}totp_enabled, ${u}.banned_until AS ${prefix}banned_until, ${u}.created_at AS ${prefix}created_at,
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
    email: row[`${prefix}email`],
    locale: row[`${prefix}locale`],
    roles: row[`${prefix}roles`],
    moderatorLocales: row[`${prefix}moderator_locales`],
    totpEnabled: row[`${prefix}totp_enabled`],
    bannedUntil: row[`${prefix}banned_until`],
    createdAt: row[`${prefix}created_at`],
    badge:
      badgeTitle === null || badgeTitle === undefined
        ? null
        : { title: badgeTitle, team: row[`${prefix}badge_team`], locales: row[`${prefix}badge_locales`], grantedAt: row[`${prefix}badge_granted_at`] },
  };
}
