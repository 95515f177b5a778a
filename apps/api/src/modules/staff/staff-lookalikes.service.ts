import { lookalikeOf, type StaffName } from '#libs/impersonation-guard';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../../auth/actor.js';
import { clampPageSize, decodeCursor, invalidCursor, toPage, type Page } from '../../common/cursor.js';
import { conflict } from '../../common/domain-error.js';
import { returnedRows } from '../../common/sql.js';
import { isUuid } from '../../common/uuid.js';
import type { StoredEvent } from '../../events/domain-event.js';
import { EventRelay } from '../../events/event-relay.js';
import { ModerationLogService } from '../moderation/moderation-log.service.js';

export interface LookalikeRecord {
  userId: string;
  staffId: string;
  field: 'handle' | 'displayName';
  name: string;
  detectedAt: Date;
}

// Times are kept to the millisecond, as the page cursor carries them.
// Accounts read per batch while looking for names that imitate a newly granted staff member.
const SCAN_BATCH = 1000;

// Names chosen after a staff member exists are refused by the name guard; those chosen before
// are found here when the badge is granted (a durable outbox consumer, so the grant itself stays
// quick and no grant is missed) and listed for moderators until one of them decides.
@Injectable()
export class StaffLookalikes implements OnModuleInit {
  constructor(
    private readonly db: DataSource,
    private readonly relay: EventRelay,
    private readonly log: ModerationLogService,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.relay.register({ name: 'staff-lookalikes', durable: true, handle: (events) => this.handle(events) });
  }

  private async handle(events: readonly StoredEvent[]): Promise<void> {
    for (const event of events) if (event.type === 'StaffBadgeGranted') await this.findImitatorsOf(event.userId);
  }

  // Reads every account once, in id order, comparing both names with the member's skeletons
  // (libs/impersonation-guard: the rule the name guard applies at registration).
  async findImitatorsOf(staffId: string): Promise<number> {
    const [member] = await this.db.query(`SELECT id, handle, display_name AS "displayName" FROM users WHERE id = $1`, [staffId]);
    if (!member) return 0;
    const staff: StaffName[] = [member];
    let after = '00000000-0000-0000-0000-000000000000';
    let found = 0;
    for (;;) {
      const users: { id: string; handle: string; display_name: string }[] = await this.db.query(
        `SELECT u.id, u.handle, u.display_name FROM users u
          WHERE u.id > $1 AND NOT EXISTS (SELECT 1 FROM staff_badges b WHERE b.user_id = u.id AND b.revoked_at IS NULL)
          ORDER BY u.id LIMIT ${SCAN_BATCH}`,
        [after],
      );
      if (users.length === 0) return found;
      after = users.at(-1)!.id;
      const matches = users.flatMap((u) =>
        (
          [
            ['handle', u.handle],
            ['displayName', u.display_name],
          ] as const
        )
          .filter(([, name]) => lookalikeOf(name, staff))
          .map(([field, name]) => ({ userId: u.id, field, name })),
      );
      if (matches.length === 0) continue;
      const inserted = await this.db.query(
        `INSERT INTO staff_lookalikes (user_id, staff_id, field, name, detected_at)
         SELECT x.user_id, $1, x.field, x.name, date_trunc('milliseconds', now()) FROM unnest($2::uuid[], $3::text[], $4::text[]) AS x(user_id, field, name)
         ON CONFLICT DO NOTHING RETURNING user_id`,
        [staffId, matches.map((m) => m.userId), matches.map((m) => m.field), matches.map((m) => m.name)],
      );
      found += inserted.length;
    }
  }

  // Open findings, oldest first, leaving out accounts since banned or renamed, and members who
  // are no longer staff.
  async list(args: {
    first?: number | null;
    after?: string | null;
  }): Promise<{ page: Page<LookalikeRecord>; count: () => Promise<number> }> {
    const limit = clampPageSize(args.first);
    const params: unknown[] = [limit + 1];
    let where = `l.resolved_at IS NULL
      AND (u.banned_until IS NULL OR u.banned_until < now())
      AND CASE l.field WHEN 'handle' THEN u.handle ELSE u.display_name END = l.name
      AND EXISTS (SELECT 1 FROM staff_badges b WHERE b.user_id = l.staff_id AND b.revoked_at IS NULL)`;
    const from = `staff_lookalikes l JOIN users u ON u.id = l.user_id`;
    const open = where;
    const count = async () =>
      (await this.db.query(`SELECT count(*)::int AS n FROM (SELECT 1 FROM ${from} WHERE ${open} LIMIT 10000) s`, []))[0].n as number;
    if (args.after) {
      const [at, userId, staffId, field] = decodeCursor(args.after, ['date', 'string', 'string', 'string'] as const);
      if (!isUuid(userId) || !isUuid(staffId)) throw invalidCursor();
      params.push(at, userId, staffId, field);
      where += ` AND (l.detected_at, l.user_id, l.staff_id, l.field) > ($2::timestamptz, $3::uuid, $4::uuid, $5)`;
    }
    const rows = await this.db.query(
      `SELECT l.user_id, l.staff_id, l.field, l.name, l.detected_at FROM ${from} WHERE ${where} ORDER BY l.detected_at, l.user_id, l.staff_id, l.field LIMIT $1`,
      params,
    );
    const page = toPage<LookalikeRecord>(
      rows.map((r: Record<string, any>): LookalikeRecord => ({
        userId: r.user_id,
        staffId: r.staff_id,
        field: r.field,
        name: r.name,
        detectedAt: r.detected_at,
      })),
      limit,
    );
    return { page, count };
  }

  // A moderator decided the name is no imitation (or dealt with it another way); logged.
  async dismiss(actor: Actor, userId: string, staffId: string, reason: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const rows = returnedRows(
        await tx.query(
          `UPDATE staff_lookalikes SET resolved_at = now(), resolved_by_id = $3 WHERE user_id = $1 AND staff_id = $2 AND resolved_at IS NULL RETURNING field, name`,
          [userId, staffId, actor.id],
        ),
      );
      if (rows.length === 0) throw conflict('errors.noOpenLookalike');
      await this.log.record(tx, {
        actorId: actor.id,
        action: 'DISMISS_LOOKALIKE',
        targetType: 'USER',
        targetId: userId,
        reason,
        before: { staffId, names: rows },
        after: null,
      });
    });
  }
}
