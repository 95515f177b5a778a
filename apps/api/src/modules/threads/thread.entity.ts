import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { References } from '../../database/references.js';
import { BoardEntity } from '../boards/board.entity.js';
import { PostEntity, type ContentState } from '../posts/post.entity.js';
import { UserEntity } from '../users/user.entity.js';

@Entity('threads')
@Index('threads_board_activity_idx', { synchronize: false })
@Index('threads_board_created_idx', { synchronize: false })
@Index('threads_board_unanswered_idx', { synchronize: false })
@Index('threads_tags_idx', { synchronize: false })
// The staff queue and first-response metrics (migration 1764110000000).
@Index('threads_awaiting_staff_idx', { synchronize: false })
@Index('threads_board_asked_idx', { synchronize: false })
@Index('threads_author_idx', ['authorId', 'createdAt'])
@Index('threads_question_post_idx', ['questionPostId'])
@Index('threads_official_answer_post_idx', ['officialAnswerPostId'], { where: 'official_answer_post_id IS NOT NULL' })
@Check('threads_state_check', `state IN ('VISIBLE','HELD','HIDDEN','REMOVED')`)
@Check('threads_reply_count_check', `reply_count >= 0`)
@Check('threads_tags_check', `cardinality(tags) <= 5`)
export class ThreadEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'board_id', type: 'uuid' })
  boardId: string;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @References(() => BoardEntity, 'board_id', 'threads_board_id_fkey')
  private readonly boardRef?: unknown;

  @References(() => UserEntity, 'author_id', 'threads_author_id_fkey')
  private readonly authorRef?: unknown;

  // Deferred: a thread and its question post are inserted in one transaction, thread first.
  @References(() => PostEntity, 'question_post_id', 'threads_question_post_fk', { deferrable: 'INITIALLY DEFERRED' })
  private readonly questionRef?: unknown;

  @References(() => PostEntity, 'official_answer_post_id', 'threads_official_answer_fk')
  private readonly officialAnswerRef?: unknown;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags: string[];

  @Column({ type: 'boolean', default: false })
  private: boolean;

  @Column({ type: 'boolean', default: false })
  pinned: boolean;

  @Column({ type: 'boolean', default: false })
  locked: boolean;

  // Mirrors the question's state, so listings filter threads without reading posts.
  @Column({ type: 'varchar', length: 16, default: 'VISIBLE' })
  state: ContentState;

  @Column({ name: 'question_post_id', type: 'uuid', nullable: true })
  questionPostId: string | null;

  // One column, so concurrent marks cannot leave a thread with two official answers.
  @Column({ name: 'official_answer_post_id', type: 'uuid', nullable: true })
  officialAnswerPostId: string | null;

  @Column({ name: 'reply_count', type: 'int', default: 0 })
  replyCount: number;

  // Posts are numbered per thread under the thread's row lock; replies page by this number.
  @Column({ name: 'last_post_number', type: 'int', default: 0 })
  lastPostNumber: number;

  @Column({ name: 'last_activity_at', type: 'timestamptz', default: () => 'now()' })
  lastActivityAt: Date;

  @Column({ name: 'first_staff_response_at', type: 'timestamptz', nullable: true })
  firstStaffResponseAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
