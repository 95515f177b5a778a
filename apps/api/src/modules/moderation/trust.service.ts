import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppConfig } from '../../config/app-config.js';
import type { Role } from '../users/user.entity.js';
import { TRUST_POST_CAP, trustLevelOf } from './trust.js';

// Moves a user's stored trust level (trust.ts) when one of its inputs changes: the user posts,
// files a report, or a moderator resolves the user's reports.
@Injectable()
export class TrustService {
  constructor(private readonly config: AppConfig) {}

  async recompute(userId: string, tx: EntityManager): Promise<number> {
    const [user] = await tx.query(
      `SELECT u.roles, u.totp_enabled, u.reports_upheld, u.reports_dismissed, extract(epoch FROM now() - u.created_at) / 3600 AS age_hours, u.trust_level,
              (SELECT count(*)::int FROM (SELECT 1 FROM posts p WHERE p.author_id = u.id AND p.state = 'VISIBLE' LIMIT ${TRUST_POST_CAP}) s) AS visible_posts
         FROM users u WHERE u.id = $1`,
      [userId],
    );
    if (!user) return 0;
    const level = trustLevelOf({
      ageHours: Number(user.age_hours),
      visiblePosts: user.visible_posts,
      reportsUpheld: user.reports_upheld,
      reportsDismissed: user.reports_dismissed,
      roles: user.roles as Role[],
      totpEnabled: user.totp_enabled,
      newAccountHours: this.config.NEW_ACCOUNT_HOURS,
    });
    if (level !== user.trust_level) await tx.query(`UPDATE users SET trust_level = $2 WHERE id = $1`, [userId, level]);
    return level;
  }
}
