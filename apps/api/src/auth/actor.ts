import type { Role } from '../modules/users/user.entity.js';

// The signed-in user as loaded once per request (so bans and role changes apply at once).
export interface Actor {
  id: string;
  handle: string;
  locale: string;
  roles: Role[];
  moderatorLocales: string[];
  // The languages of the current staff badge; empty without one.
  staffLocales: string[];
  totpEnabled: boolean;
  bannedUntil: Date | null;
  banReason: string | null;
  sessionId: string;
  createdAt: Date;
}

declare global {
  // passport puts the validated actor on req.user
  namespace Express {
    interface User extends Actor {}
  }
}

export const ELEVATED_ROLES: readonly Role[] = ['STAFF', 'MODERATOR', 'ADMIN'];
