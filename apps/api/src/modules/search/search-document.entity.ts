import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

// The search index: one document per post (its thread's title weighs in on the question's) and
// per article, with the text segmented by jieba (libs/search-text) into an `english` tsvector.
// Who may see a hit is not stored here: the query joins the post, its thread and board (or the
// article) and applies the visibility rules as they are at that moment.
@Entity('search_documents')
@Index('search_documents_tsv_idx', { synchronize: false })
@Index('search_documents_thread_idx', ['threadId'])
@Check('search_documents_kind_check', `kind IN ('POST','ARTICLE')`)
export class SearchDocumentEntity {
  // The post's or the article's id.
  @PrimaryColumn({ name: 'source_id', type: 'uuid' })
  sourceId: string;

  @Column({ type: 'varchar', length: 10 })
  kind: 'POST' | 'ARTICLE';

  @Column({ name: 'thread_id', type: 'uuid', nullable: true })
  threadId: string | null;

  @Column({ type: 'varchar', length: 16 })
  locale: string;

  @Column({ type: 'tsvector' })
  tsv: string;

  @Column({ name: 'indexed_at', type: 'timestamptz', default: () => 'now()' })
  indexedAt: Date;
}
