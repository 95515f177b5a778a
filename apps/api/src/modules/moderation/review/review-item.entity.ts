import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { References } from '../../../database/references.js';
import { PostEntity } from '../../posts/post.entity.js';
import { UserEntity } from '../../users/user.entity.js';

// A post waiting for a moderator: reported, or held or flagged by the scam guard. Its priority
// is stored (see review-priority.ts), so that pages of the queue stay stable while moderators
// page through it; `rank` is its negation, so that the queue reads one index forwards.
@Entity('review_items')
@Index('review_items_open_idx', ['rank', 'openedAt', 'postId'], { where: 'resolved_at IS NULL' })
export class ReviewItemEntity {
  @PrimaryColumn({ name: 'post_id', type: 'uuid' })
  postId: string;

  @References(() => PostEntity, 'post_id', 'review_items_post_id_fkey')
  private readonly postRef?: unknown;

  @Column({ type: 'varchar', length: 16 })
  locale: string;

  @Column({ type: 'double precision' })
  priority: number;

  @Column({ type: 'double precision' })
  rank: number;

  // The two parts of the priority (trust.ts): the scam guard's, and the open reports'.
  @Column({ name: 'guard_urgency', type: 'real', default: 0 })
  guardUrgency: number;

  @Column({ name: 'report_urgency', type: 'real', default: 0 })
  reportUrgency: number;

  @Column({ name: 'report_count', type: 'int', default: 0 })
  reportCount: number;

  @Column({ name: 'auto_hidden', type: 'boolean', default: false })
  autoHidden: boolean;

  @Column({ name: 'opened_at', type: 'timestamptz', default: () => 'now()' })
  openedAt: Date;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @Column({ name: 'resolved_by_id', type: 'uuid', nullable: true })
  resolvedById: string | null;

  @References(() => UserEntity, 'resolved_by_id', 'review_items_resolved_by_id_fkey')
  private readonly resolvedByRef?: unknown;
}
