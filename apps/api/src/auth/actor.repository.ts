import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isUuid } from '../common/uuid.js';
import type { Actor } from './actor.js';

interface ActorRow {
  id: string;
  handle: string;
  locale: string;
  roles: Actor['roles'];
  moderator_locales: string[];
  staff_locales: string[] | null;
  totp_enabled: boolean;
  banned_until: Date | null;
  ban_reason: string | null;
  created_at: Date;
}

@Injectable()
export class ActorRepository {
  constructor(private readonly db: DataSource) {}

  async loadActive(userId: string, sessionId: string): Promise<Actor | null> {
    if (!isUuid(userId) || !isUuid(sessionId)) return null;
    const rows: ActorRow[] = await this.db.query(
      `SELECT u.id, u.handle, u.locale, u.roles, u.moderator_locales, u.totp_enabled, u.banned_until, u.ban_reason,
              u.created_at, b.locales AS staff_locales
         FROM users u
         JOIN sessions s ON s.id = $2 AND s.user_id = u.id AND s.revoked_at IS NULL
         LEFT JOIN staff_badges b ON b.user_id = u.id AND b.revoked_at IS NULL
        WHERE u.id = $1`,
      [userId, sessionId],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      id: row.id,
      handle: row.handle,
      locale: row.locale,
      roles: row.roles,
      moderatorLocales: row.moderator_locales,
      staffLocales: row.staff_locales ?? [],
      totpEnabled: row.totp_enabled,
      bannedUntil: row.banned_until,
      banReason: row.ban_reason,
      sessionId,
      createdAt: row.created_at,
    };
  }
}
