import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { References } from '../../../database/references.js';
import { PostEntity } from '../../posts/post.entity.js';
import { UserEntity } from '../../users/user.entity.js';

export const REPORT_REASONS = ['SCAM', 'PHISHING', 'IMPERSONATION', 'SPAM', 'ABUSE', 'OFF_TOPIC', 'OTHER'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];
export const REPORT_RESOLUTIONS = ['UPHELD', 'DISMISSED'] as const;
export type ReportResolution = (typeof REPORT_RESOLUTIONS)[number];

// One open report per reporter and post; resolved together with the post's other open reports
// when a moderator acts on the post. `weight` is what the report adds to the post's urgency,
// fixed when it is filed from the reporter's trust (see trust.ts).
@Entity('reports')
@Index('reports_open_reporter_key', ['postId', 'reporterId'], { unique: true, where: 'resolved_at IS NULL' })
@Index('reports_post_idx', ['postId', 'createdAt'])
@Index('reports_reporter_idx', ['reporterId', 'createdAt'])
@Check('reports_reason_check', `reason IN ('SCAM','PHISHING','IMPERSONATION','SPAM','ABUSE','OFF_TOPIC','OTHER')`)
@Check('reports_resolution_check', `resolution IS NULL OR resolution IN ('UPHELD','DISMISSED')`)
export class ReportEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'post_id', type: 'uuid' })
  postId: string;

  @References(() => PostEntity, 'post_id', 'reports_post_id_fkey')
  private readonly postRef?: unknown;

  @Column({ name: 'reporter_id', type: 'uuid' })
  reporterId: string;

  @References(() => UserEntity, 'reporter_id', 'reports_reporter_id_fkey')
  private readonly reporterRef?: unknown;

  @Column({ type: 'varchar', length: 20 })
  reason: ReportReason;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'real' })
  weight: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @Column({ name: 'resolved_by_id', type: 'uuid', nullable: true })
  resolvedById: string | null;

  @References(() => UserEntity, 'resolved_by_id', 'reports_resolved_by_id_fkey')
  private readonly resolvedByRef?: unknown;

  @Column({ type: 'varchar', length: 16, nullable: true })
  resolution: ReportResolution | null;
}
