import type { MigrationInterface, QueryRunner } from 'typeorm';

// The search index. It is filled by the API (jieba segments the text in JavaScript): on new
// writes through the outbox, and for what existed before with `npm run search:reindex`.
export class CreateSearchDocuments1764150000000 implements MigrationInterface {
  name = 'CreateSearchDocuments1764150000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE search_documents (
        source_id uuid PRIMARY KEY,
        kind varchar(10) NOT NULL,
        thread_id uuid,
        locale varchar(16) NOT NULL,
        tsv tsvector NOT NULL,
        indexed_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT search_documents_kind_check CHECK (kind IN ('POST','ARTICLE'))
      )`);
    await db.query(`CREATE INDEX search_documents_tsv_idx ON search_documents USING gin (tsv)`);
    await db.query(`CREATE INDEX search_documents_thread_idx ON search_documents (thread_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE search_documents`);
  }
}
