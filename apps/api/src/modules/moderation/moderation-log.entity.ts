import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { References } from '../../database/references.js';
import { UserEntity } from '../users/user.entity.js';

// Append-only: a trigger refuses UPDATE and DELETE, whoever connects.
@Entity('moderation_log')
@Index('moderation_log_target_idx', ['targetId', 'createdAt'])
@Index('moderation_log_actor_idx', ['actorId', 'createdAt'])
@Index('moderation_log_locale_idx', ['locale', 'createdAt'])
@Index('moderation_log_created_idx', ['createdAt', 'id'])
export class ModerationLogEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'actor_id', type: 'uuid' })
  actorId: string;

  @References(() => UserEntity, 'actor_id', 'moderation_log_actor_id_fkey')
  private readonly actorRef?: unknown;

  @Column({ type: 'varchar', length: 40 })
  action: string;

  @Column({ name: 'target_type', type: 'varchar', length: 20 })
  targetType: string;

  @Column({ name: 'target_id', type: 'uuid' })
  targetId: string;

  @Column({ type: 'varchar', length: 16, nullable: true })
  locale: string | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ type: 'jsonb', nullable: true })
  before: unknown;

  @Column({ type: 'jsonb', nullable: true })
  after: unknown;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
