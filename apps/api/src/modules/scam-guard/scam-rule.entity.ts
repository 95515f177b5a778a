import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { References } from '../../database/references.js';
import { UserEntity } from '../users/user.entity.js';
import type { ScamAction } from '#libs/scam-guard';

export const SCAM_RULE_KINDS = ['ALLOWED_DOMAIN', 'DENIED_DOMAIN', 'WATCHED_PHRASE'] as const;
export type ScamRuleKind = (typeof SCAM_RULE_KINDS)[number];

// Rules are data that admins edit; removing one keeps the row for the record.
@Entity('scam_rules')
@Index('scam_rules_live_key', { synchronize: false })
@Check('scam_rules_kind_check', `kind IN ('ALLOWED_DOMAIN','DENIED_DOMAIN','WATCHED_PHRASE')`)
@Check('scam_rules_action_check', `action IN ('ALLOW','FLAG','HOLD','BLOCK')`)
export class ScamRuleEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 20 })
  kind: ScamRuleKind;

  @Column({ type: 'varchar', length: 200 })
  pattern: string;

  @Column({ type: 'varchar', length: 16, nullable: true })
  locale: string | null;

  @Column({ type: 'varchar', length: 10 })
  action: ScamAction;

  @Column({ name: 'created_by_id', type: 'uuid' })
  createdById: string;

  @References(() => UserEntity, 'created_by_id', 'scam_rules_created_by_id_fkey')
  private readonly createdByRef?: unknown;

  @References(() => UserEntity, 'removed_by_id', 'scam_rules_removed_by_id_fkey')
  private readonly removedByRef?: unknown;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'removed_at', type: 'timestamptz', nullable: true })
  removedAt: Date | null;

  @Column({ name: 'removed_by_id', type: 'uuid', nullable: true })
  removedById: string | null;
}
