import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import type { StaffBadgeType } from './graphql/user.type.js';
import { authorColumns, toAuthorRecord, type AuthorRecord } from './author.sql.js';
import { StaffBadgeEntity } from './staff-badge.entity.js';
import { TRUST_POST_CAP } from '../moderation/trust.js';
import { UserEntity, type Role } from './user.entity.js';

export interface ModerationFacts {
  id: string;
  roles: Role[];
  totpEnabled: boolean;
  ageHours: number;
  visiblePosts: number;
  reportsUpheld: number;
  reportsDismissed: number;
  removedPosts: number;
  hiddenPosts: number;
  bans: number;
}

@Injectable()
export class UsersRepository {
  constructor(private readonly db: DataSource) {}

  async findById(id: string, tx: EntityManager = this.db.manager): Promise<UserEntity | null> {
    return tx.getRepository(UserEntity).findOneBy({ id });
  }

  async findByHandle(handle: string): Promise<UserEntity | null> {
    return this.db.getRepository(UserEntity).createQueryBuilder('u').where('lower(u.handle) = lower(:handle)', { handle }).getOne();
  }

  // Current staff (a badge and the role): few, read whole for the name guard.
  async currentStaffNames(): Promise<Array<{ id: string; handle: string; displayName: string }>> {
    return this.db.query(
      `SELECT u.id, u.handle, u.display_name AS "displayName" FROM users u JOIN staff_badges b ON b.user_id = u.id AND b.revoked_at IS NULL WHERE 'STAFF' = ANY(u.roles)`,
    );
  }

  // Accounts as any viewer may see them (the author projection), by id: reporters, log actors.
  async findPublic(ids: readonly string[]): Promise<AuthorRecord[]> {
    const rows = await this.db.query(
      `SELECT u.id, ${authorColumns('u', 'b', '')} FROM users u LEFT JOIN staff_badges b ON b.user_id = u.id AND b.revoked_at IS NULL WHERE u.id = ANY($1::uuid[])`,
      [ids],
    );
    return rows.map((row: Record<string, any>) => toAuthorRecord(row, row.id, ''));
  }

  // What moderators weigh an account by: its trust, how its reports fared, and what moderators
  // took down of it before (removals by someone else than the author, hides, bans).
  async findModerationFacts(ids: readonly string[]): Promise<ModerationFacts[]> {
    return this.db.query(
      `SELECT u.id, u.roles, u.totp_enabled AS "totpEnabled", u.reports_upheld AS "reportsUpheld", u.reports_dismissed AS "reportsDismissed",
              extract(epoch FROM now() - u.created_at)::float8 / 3600 AS "ageHours",
              (SELECT count(*)::int FROM (SELECT 1 FROM posts p WHERE p.author_id = u.id AND p.state = 'VISIBLE' LIMIT ${TRUST_POST_CAP}) s) AS "visiblePosts",
              (SELECT count(*)::int FROM posts p WHERE p.author_id = u.id AND p.state = 'REMOVED' AND p.removed_by_id IS DISTINCT FROM u.id) AS "removedPosts",
              (SELECT count(*)::int FROM posts p WHERE p.author_id = u.id AND p.state = 'HIDDEN') AS "hiddenPosts",
              (SELECT count(*)::int FROM moderation_log l WHERE l.target_id = u.id
                 AND (l.action = 'BAN_USER' OR (l.action = 'PURGE_USER' AND l.after->'bannedUntil' IS DISTINCT FROM l.before->'bannedUntil'))) AS bans
         FROM users u WHERE u.id = ANY($1::uuid[])`,
      [ids],
    );
  }

  // The fields of accounts that only their owners and admins see, for authors read publicly.
  async findPrivateFields(ids: readonly string[]): Promise<Array<{ id: string; email: string; totpEnabled: boolean }>> {
    return this.db.query(`SELECT id, email, totp_enabled AS "totpEnabled" FROM users WHERE id = ANY($1::uuid[])`, [ids]);
  }

  // A login is a handle or an e-mail; both are unique case-insensitively.
  async findByLogin(login: string): Promise<UserEntity | null> {
    return this.db
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where(login.includes('@') ? 'lower(u.email) = lower(:login)' : 'lower(u.handle) = lower(:login)', { login })
      .getOne();
  }

  async existing(handle: string, email: string): Promise<{ handle: boolean; email: boolean }> {
    const rows: { handle_taken: boolean; email_taken: boolean }[] = await this.db.query(
      `SELECT EXISTS (SELECT 1 FROM users WHERE lower(handle) = lower($1)) AS handle_taken,
              EXISTS (SELECT 1 FROM users WHERE lower(email) = lower($2)) AS email_taken`,
      [handle, email],
    );
    return { handle: rows[0].handle_taken, email: rows[0].email_taken };
  }

  insert(user: Partial<UserEntity>, tx: EntityManager = this.db.manager): Promise<UserEntity> {
    const repo = tx.getRepository(UserEntity);
    return repo.save(repo.create(user));
  }

  async update(id: string, changes: Partial<UserEntity>, tx: EntityManager = this.db.manager): Promise<void> {
    await tx.getRepository(UserEntity).update({ id }, changes);
  }

  // A code is accepted once: the conditional update fails for a step already used.
  async claimTotpStep(id: string, step: number): Promise<boolean> {
    const result = await this.db
      .createQueryBuilder()
      .update(UserEntity)
      .set({ totpLastStep: String(step) })
      .where('id = :id AND (totp_last_step IS NULL OR totp_last_step < :step)', { id, step })
      .execute();
    return result.affected === 1;
  }

  // A user reached on their own (me, a profile) with the badge that is shown beside them.
  // An account as the author of content someone else is changing: the scam guard judges the
  // author (their age, roles and staff languages), not the editor.
  async asAuthor(id: string): Promise<(UserEntity & { staffLocales: string[] }) | null> {
    const user = await this.findById(id);
    if (!user) return null;
    const { badge } = await this.withBadge(user);
    return { ...user, staffLocales: badge?.locales ?? [] };
  }

  async withBadge<U extends { id: string }>(user: U): Promise<U & { badge: StaffBadgeType | null }> {
    const badge = await this.db.getRepository(StaffBadgeEntity).findOne({ where: { userId: user.id, revokedAt: IsNull() } });
    return { ...user, badge: badge ? { title: badge.title, team: badge.team, locales: badge.locales, grantedAt: badge.grantedAt } : null };
  }
}
