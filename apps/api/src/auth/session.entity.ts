import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { References } from '../database/references.js';
import { UserEntity } from '../modules/users/user.entity.js';

// One row per refresh token. A login starts a family; each refresh rotates to a new row of the
// same family, so presenting an already rotated token reveals theft and revokes the family.
@Entity('sessions')
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('sessions_user_idx')
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @References(() => UserEntity, 'user_id', 'sessions_user_id_fkey', { onDelete: 'CASCADE' })
  private readonly userRef?: unknown;

  @Index('sessions_family_idx')
  @Column({ name: 'family_id', type: 'uuid' })
  familyId: string;

  @Index('sessions_refresh_hash_key', { unique: true })
  @Column({ name: 'refresh_hash', type: 'varchar', length: 64 })
  refreshHash: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'rotated_at', type: 'timestamptz', nullable: true })
  rotatedAt: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'user_agent', type: 'text', nullable: true })
  userAgent: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
