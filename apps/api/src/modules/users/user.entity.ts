import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const ROLES = ['USER', 'STAFF', 'MODERATOR', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

@Entity('users')
@Index('users_handle_lower_key', { synchronize: false })
@Index('users_email_lower_key', { synchronize: false })
@Check('users_roles_check', `roles <@ ARRAY['USER','STAFF','MODERATOR','ADMIN']::text[]`)
@Check('users_handle_check', `handle ~ '^[a-z0-9_]{3,30}$'`)
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 30 })
  handle: string;

  @Column({ name: 'display_name', type: 'varchar', length: 50 })
  displayName: string;

  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash: string;

  @Column({ type: 'varchar', length: 16, default: 'en' })
  locale: string;

  @Column({ type: 'text', array: true, default: () => "'{USER}'" })
  roles: Role[];

  @Column({ name: 'moderator_locales', type: 'text', array: true, default: () => "'{}'" })
  moderatorLocales: string[];

  // AES-GCM ciphertext; the key is configuration, never stored beside it.
  @Column({ name: 'totp_secret', type: 'text', nullable: true })
  totpSecret: string | null;

  @Column({ name: 'totp_pending_secret', type: 'text', nullable: true })
  totpPendingSecret: string | null;

  @Column({ name: 'totp_enabled', type: 'boolean', default: false })
  totpEnabled: boolean;

  // The last accepted time step: a code is accepted once.
  @Column({ name: 'totp_last_step', type: 'bigint', nullable: true })
  totpLastStep: string | null;

  @Column({ name: 'banned_until', type: 'timestamptz', nullable: true })
  bannedUntil: Date | null;

  @Column({ name: 'ban_reason', type: 'text', nullable: true })
  banReason: string | null;

  // 0 new, 1 basic, 2 member, 3 trusted, 4 staff and moderators (see moderation/trust.ts):
  // stored, moved by the actions that change its inputs, never computed per request.
  @Column({ name: 'trust_level', type: 'smallint', default: 0 })
  trustLevel: number;

  // The outcome of this user's resolved reports: how far their reports are believed.
  @Column({ name: 'reports_upheld', type: 'int', default: 0 })
  reportsUpheld: number;

  @Column({ name: 'reports_dismissed', type: 'int', default: 0 })
  reportsDismissed: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
