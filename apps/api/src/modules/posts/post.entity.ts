import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { References } from '../../database/references.js';
import { ThreadEntity } from '../threads/thread.entity.js';
import { UserEntity } from '../users/user.entity.js';

export const CONTENT_STATES = ['VISIBLE', 'HELD', 'HIDDEN', 'REMOVED'] as const;
export type ContentState = (typeof CONTENT_STATES)[number];

@Entity('posts')
@Index('posts_thread_number_key', ['threadId', 'postNumber'], { unique: true })
@Index('posts_author_idempotency_key', ['authorId', 'idempotencyKey'], {
  unique: true,
  where: 'idempotency_key IS NOT NULL',
})
@Index('posts_author_created_idx', ['authorId', 'createdAt'])
@Index('posts_held_idx', { synchronize: false })
@Index('posts_purge_idx', ['purgeId'], { where: 'purge_id IS NOT NULL' })
@Check('posts_state_check', `state IN ('VISIBLE','HELD','HIDDEN','REMOVED')`)
export class PostEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'thread_id', type: 'uuid' })
  threadId: string;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @References(() => ThreadEntity, 'thread_id', 'posts_thread_id_fkey')
  private readonly threadRef?: unknown;

  @References(() => UserEntity, 'author_id', 'posts_author_id_fkey')
  private readonly authorRef?: unknown;

  @References(() => UserEntity, 'removed_by_id', 'posts_removed_by_id_fkey')
  private readonly removedByRef?: unknown;

  // 1 is the question; replies follow in order.
  @Column({ name: 'post_number', type: 'int' })
  postNumber: number;

  @Column({ type: 'text' })
  body: string;

  @Column({ name: 'body_html', type: 'text' })
  bodyHtml: string;

  @Column({ type: 'varchar', length: 16, default: 'VISIBLE' })
  state: ContentState;

  @Column({ type: 'int', default: 1 })
  revision: number;

  @Column({ name: 'idempotency_key', type: 'varchar', length: 100, nullable: true })
  idempotencyKey: string | null;

  @Column({ name: 'removal_reason', type: 'text', nullable: true })
  removalReason: string | null;

  @Column({ name: 'removed_by_id', type: 'uuid', nullable: true })
  removedById: string | null;

  @Column({ name: 'scam_score', type: 'real', nullable: true })
  scamScore: number | null;

  @Column({ name: 'scam_verdict', type: 'jsonb', nullable: true })
  scamVerdict: unknown;

  // Set while the post is removed by a purge of its author: which purge, and the state it
  // had, so that undoing that purge restores exactly what it removed.
  @Column({ name: 'purge_id', type: 'uuid', nullable: true })
  purgeId: string | null;

  @Column({ name: 'purged_from', type: 'varchar', length: 16, nullable: true })
  purgedFrom: ContentState | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'edited_at', type: 'timestamptz', nullable: true })
  editedAt: Date | null;
}

// Every revision of every post, the first one included, so an edit history needs no diffing.
@Entity('post_revisions')
export class PostRevisionEntity {
  @PrimaryColumn({ name: 'post_id', type: 'uuid' })
  postId: string;

  @PrimaryColumn({ type: 'int' })
  revision: number;

  @References(() => PostEntity, 'post_id', 'post_revisions_post_id_fkey')
  private readonly postRef?: unknown;

  @References(() => UserEntity, 'edited_by_id', 'post_revisions_edited_by_id_fkey')
  private readonly editedByRef?: unknown;

  @Column({ type: 'text' })
  body: string;

  @Column({ name: 'edited_by_id', type: 'uuid' })
  editedById: string;

  @Column({ name: 'edited_at', type: 'timestamptz', default: () => 'now()' })
  editedAt: Date;
}
