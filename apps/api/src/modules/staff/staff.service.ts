import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { canSeeThread } from '../../access/content-visibility.js';
import type { Actor } from '../../auth/actor.js';
import { isAdmin } from '../../auth/actor.policy.js';
import { clampPageSize, decodeCursor } from '../../common/cursor.js';
import { conflict, DomainError, forbidden, notFound } from '../../common/domain-error.js';
import { SUPPORTED_CONTENT_LOCALES } from '../../common/validation.js';
import { Outbox } from '../../events/outbox.js';
import { ModerationLogService } from '../moderation/moderation-log.service.js';
import type { Role } from '../users/user.entity.js';
import type { GrantStaffBadgeInput, StaffMetricsType } from './graphql/staff.types.js';
import { StaffRepository } from './staff.repository.js';

type BadgeFacts = { title: string; team: string; locales: string[] };

const withRole = (roles: Role[], role: Role, on: boolean): Role[] =>
  on ? [...new Set([...roles, role])] : roles.filter((r) => r !== role);

// Badges, the staff queue and first-response figures. A badge is what makes staff (with the
// STAFF role and 2FA): granting gives the role, revoking takes both away, and since the actor is
// loaded with its badge on every request, a revocation applies to open sessions at once.
@Injectable()
export class StaffService {
  constructor(
    private readonly db: DataSource,
    private readonly staff: StaffRepository,
    private readonly log: ModerationLogService,
    private readonly outbox: Outbox,
  ) {}

  async grantBadge(actor: Actor, input: GrantStaffBadgeInput): Promise<string> {
    const locales = [...new Set(input.locales)];
    const known = await this.staff.boardLocales();
    const unknown = locales.filter((l) => !known.includes(l));
    if (unknown.length > 0) {
      throw new DomainError(
        'BAD_USER_INPUT',
        { key: 'errors.noBoardsInLocale', params: { locales: unknown.join(', ') } },
        { fields: { locales: { key: 'errors.noBoardsInLocale', params: { locales: unknown.join(', ') } } } },
      );
    }
    await this.db.transaction(async (tx) => {
      const user = await this.staff.lockUser(input.userId, tx);
      if (!user) throw notFound('user');
      const previous = await this.staff.currentBadge(user.id, tx);
      // One current badge: a new grant ends the old one, which stays in the history.
      if (previous) await this.staff.revokeBadge(previous.id, actor.id, tx);
      await this.staff.insertBadge({ userId: user.id, title: input.title, team: input.team, locales, grantedById: actor.id }, tx);
      await this.changed(tx, actor, user, {
        action: 'GRANT_BADGE',
        staff: true,
        before: previous,
        after: { title: input.title, team: input.team, locales },
      });
      await this.outbox.publish(tx, { type: 'StaffBadgeGranted', userId: user.id });
    });
    return input.userId;
  }

  async revokeBadge(actor: Actor, userId: string, reason: string): Promise<string> {
    await this.db.transaction(async (tx) => {
      const user = await this.staff.lockUser(userId, tx);
      if (!user) throw notFound('user');
      const badge = await this.staff.currentBadge(user.id, tx);
      if (!badge) throw conflict('errors.noStaffBadge');
      await this.staff.revokeBadge(badge.id, actor.id, tx);
      await this.changed(tx, actor, user, { action: 'REVOKE_BADGE', staff: false, before: badge, after: null, reason });
    });
    return userId;
  }

  async queue(actor: Actor, args: { locales?: string[] | null; first?: number | null; after?: string | null }) {
    const locales = this.languagesOf(actor, args.locales);
    const after = args.after ? ([...decodeCursor(args.after, ['string', 'string'] as const)] as [string, string]) : null;
    const page = await this.staff.awaitingStaff({ locales, after, limit: clampPageSize(args.first) });
    // The queue shows private questions of the caller's languages, which they may see; the
    // visibility rule still has the last word.
    return {
      page: { ...page, items: page.items.filter((thread) => canSeeThread(actor, thread)) },
      count: () => this.staff.countAwaitingStaff(locales),
    };
  }

  async metrics(actor: Actor, locale: string, since: Date): Promise<StaffMetricsType> {
    this.languagesOf(actor, [locale]);
    const m = await this.staff.firstResponseMetrics(locale, since);
    return {
      locale,
      since,
      unanswered: m.unanswered,
      answered: m.answered,
      medianFirstResponseSeconds: m.median,
      p90FirstResponseSeconds: m.p90,
    };
  }

  // The role follows the badge; the change is logged (before/after) and published with it.
  private async changed(
    tx: EntityManager,
    actor: Actor,
    user: { id: string; roles: Role[] },
    change: {
      action: 'GRANT_BADGE' | 'REVOKE_BADGE';
      staff: boolean;
      before: BadgeFacts | null;
      after: BadgeFacts | null;
      reason?: string;
    },
  ): Promise<void> {
    const roles = withRole(user.roles, 'STAFF', change.staff);
    await this.staff.setRoles(user.id, roles, tx);
    const badge = (b: BadgeFacts | null) => b && { title: b.title, team: b.team, locales: b.locales };
    await this.log.record(tx, {
      actorId: actor.id,
      action: change.action,
      targetType: 'USER',
      targetId: user.id,
      reason: change.reason ?? null,
      before: { roles: user.roles, badge: badge(change.before) },
      after: { roles, badge: badge(change.after) },
    });
    await this.outbox.publish(tx, { type: 'UserChanged', userId: user.id });
  }

  // Staff work in their badge's languages; admins in all.
  private languagesOf(actor: Actor, asked: string[] | null | undefined): string[] {
    const mine = isAdmin(actor) ? [...SUPPORTED_CONTENT_LOCALES] : actor.staffLocales;
    const locales = asked && asked.length > 0 ? [...new Set(asked)] : mine;
    if (locales.length === 0 || locales.some((l) => !mine.includes(l))) throw forbidden('errors.notStaffOfLocale');
    return locales;
  }
}
