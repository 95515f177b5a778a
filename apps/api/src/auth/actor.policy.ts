import type { Role } from '../modules/users/user.entity.js';
import { ELEVATED_ROLES, type Actor } from './actor.js';

// Elevated powers exist only while two-factor authentication is on.
// Only the account's roles and 2FA state matter, so a post's author can be asked too.
type RoleHolder = Pick<Actor, 'roles' | 'totpEnabled'>;

export function holds(actor: RoleHolder | null | undefined, role: Role): boolean {
  if (!actor || !actor.roles.includes(role)) return false;
  return role === 'USER' || actor.totpEnabled;
}

export function hasElevatedRole(actor: Actor): boolean {
  return actor.roles.some((role) => ELEVATED_ROLES.includes(role));
}

export function isBanned(actor: Actor, now = new Date()): boolean {
  return actor.bannedUntil !== null && actor.bannedUntil.getTime() > now.getTime();
}

// Why this actor may not write anything at all, if they may not: an elevated account without
// 2FA (its powers would be one stolen password away), or a ban. The guard refuses writes with it;
// the object policies (and so the viewer permissions) answer false for it.
export function writeRefusal(actor: Actor, now = new Date()): 'TWO_FACTOR_REQUIRED' | 'BANNED' | null {
  if (hasElevatedRole(actor) && !actor.totpEnabled) return 'TWO_FACTOR_REQUIRED';
  return isBanned(actor, now) ? 'BANNED' : null;
}

export function isAdmin(actor: RoleHolder | null | undefined): boolean {
  return holds(actor, 'ADMIN');
}

export function moderates(actor: Actor | null | undefined, locale: string): boolean {
  if (!actor) return false;
  return isAdmin(actor) || (holds(actor, 'MODERATOR') && actor.moderatorLocales.includes(locale));
}

// Whether what this actor may see can depend on the language at all.
export function moderatesAnyLocale(actor: Actor | null | undefined): boolean {
  return isAdmin(actor) || (holds(actor, 'MODERATOR') && actor!.moderatorLocales.length > 0);
}

// Staff: the STAFF role (with 2FA on) and a current badge whose languages include the content's.
export function isStaffOf(actor: (RoleHolder & Pick<Actor, 'staffLocales'>) | null | undefined, locale: string): boolean {
  return !!actor && holds(actor, 'STAFF') && actor.staffLocales.includes(locale);
}
