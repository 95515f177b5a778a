import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { References } from '../../database/references.js';
import { UserEntity } from './user.entity.js';

// Badges are granted and revoked, never edited: the history stays, one current badge per user.
@Entity('staff_badges')
@Index('staff_badges_current_key', ['userId'], { unique: true, where: 'revoked_at IS NULL' })
export class StaffBadgeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @References(() => UserEntity, 'user_id', 'staff_badges_user_id_fkey', { onDelete: 'CASCADE' })
  private readonly userRef?: unknown;

  @References(() => UserEntity, 'granted_by_id', 'staff_badges_granted_by_id_fkey')
  private readonly grantedByRef?: unknown;

  @References(() => UserEntity, 'revoked_by_id', 'staff_badges_revoked_by_id_fkey')
  private readonly revokedByRef?: unknown;

  @Column({ type: 'varchar', length: 80 })
  title: string;

  @Column({ type: 'varchar', length: 80 })
  team: string;

  @Column({ type: 'text', array: true })
  locales: string[];

  @Column({ name: 'granted_by_id', type: 'uuid', nullable: true })
  grantedById: string | null;

  @Column({ name: 'granted_at', type: 'timestamptz', default: () => 'now()' })
  grantedAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'revoked_by_id', type: 'uuid', nullable: true })
  revokedById: string | null;
}
