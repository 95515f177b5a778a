import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ContentState } from '../posts/post.entity.js';

@Entity('threads')
@Index('threads_board_activity_idx', { synchronize: false })
@Index('threads_board_created_idx', { synchronize: false })
@Index('threads_board_unanswered_idx', { synchronize: false })
@Index('threads_tags_idx', { synchronize: false })
@Index('threads_author_idx', ['authorId', 'createdAt'])
export class ThreadEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'board_id', type: 'uuid' })
  boardId: string;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

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
