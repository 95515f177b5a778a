import type { MigrationInterface, QueryRunner } from 'typeorm';

// The help center: categories per language, staff-written articles with every revision.
export class CreateHelpCenter1764140000000 implements MigrationInterface {
  name = 'CreateHelpCenter1764140000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE article_categories (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        key varchar(60) NOT NULL,
        locale varchar(16) NOT NULL,
        name varchar(80) NOT NULL,
        position int NOT NULL DEFAULT 0
      )`);
    await db.query(`CREATE UNIQUE INDEX article_categories_locale_key ON article_categories (locale, key)`);
    await db.query(`
      CREATE TABLE articles (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug varchar(60) NOT NULL,
        locale varchar(16) NOT NULL,
        topic_key varchar(60) NOT NULL,
        category_id uuid NOT NULL CONSTRAINT articles_category_id_fkey REFERENCES article_categories(id),
        title varchar(120) NOT NULL,
        body text NOT NULL,
        body_html text NOT NULL,
        status varchar(16) NOT NULL DEFAULT 'DRAFT',
        revision int NOT NULL DEFAULT 1,
        author_id uuid NOT NULL CONSTRAINT articles_author_id_fkey REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        published_at timestamptz,
        CONSTRAINT articles_status_check CHECK (status IN ('DRAFT','PUBLISHED','ARCHIVED'))
      )`);
    await db.query(`CREATE UNIQUE INDEX articles_locale_slug_key ON articles (locale, slug)`);
    await db.query(`CREATE UNIQUE INDEX articles_locale_topic_key ON articles (locale, topic_key)`);
    await db.query(`CREATE INDEX articles_topic_idx ON articles (topic_key)`);
    await db.query(`CREATE INDEX articles_category_updated_idx ON articles (category_id, updated_at, id)`);
    await db.query(`CREATE INDEX articles_locale_updated_idx ON articles (locale, updated_at, id)`);
    await db.query(`
      CREATE TABLE article_revisions (
        article_id uuid NOT NULL CONSTRAINT article_revisions_article_id_fkey REFERENCES articles(id),
        revision int NOT NULL,
        title varchar(120) NOT NULL,
        body text NOT NULL,
        edited_by_id uuid NOT NULL CONSTRAINT article_revisions_edited_by_id_fkey REFERENCES users(id),
        edited_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (article_id, revision)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE article_revisions`);
    await db.query(`DROP TABLE articles`);
    await db.query(`DROP TABLE article_categories`);
  }
}
