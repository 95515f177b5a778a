import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const BOARD_KINDS = ['QUESTIONS', 'ANNOUNCEMENTS'] as const;
export type BoardKind = (typeof BOARD_KINDS)[number];

@Entity('boards')
@Index('boards_locale_slug_key', ['locale', 'slug'], { unique: true })
@Index('boards_locale_topic_key', ['locale', 'topicKey'], { unique: true })
@Index('boards_locale_position_idx', ['locale', 'position'])
@Check('boards_kind_check', `kind IN ('QUESTIONS','ANNOUNCEMENTS')`)
export class BoardEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 60 })
  slug: string;

  @Column({ type: 'varchar', length: 16 })
  locale: string;

  @Column({ name: 'topic_key', type: 'varchar', length: 60 })
  topicKey: string;

  @Column({ type: 'varchar', length: 20 })
  kind: BoardKind;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'int', default: 0 })
  position: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
