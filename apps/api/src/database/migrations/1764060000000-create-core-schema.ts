import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCoreSchema1764060000000 implements MigrationInterface {
  name = 'CreateCoreSchema1764060000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);

    await db.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        handle varchar(30) NOT NULL,
        display_name varchar(50) NOT NULL,
        email varchar(254) NOT NULL,
        password_hash text NOT NULL,
        locale varchar(16) NOT NULL DEFAULT 'en',
        roles text[] NOT NULL DEFAULT '{USER}',
        moderator_locales text[] NOT NULL DEFAULT '{}',
        totp_secret text,
        totp_pending_secret text,
        totp_enabled boolean NOT NULL DEFAULT false,
        totp_last_step bigint,
        banned_until timestamptz,
        ban_reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT users_roles_check CHECK (roles <@ ARRAY['USER','STAFF','MODERATOR','ADMIN']::text[]),
        CONSTRAINT users_handle_check CHECK (handle ~ '^[a-z0-9_]{3,30}$')
      )`);
    await db.query(`CREATE UNIQUE INDEX users_handle_lower_key ON users (lower(handle))`);
    await db.query(`CREATE UNIQUE INDEX users_email_lower_key ON users (lower(email))`);

    await db.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        family_id uuid NOT NULL,
        refresh_hash varchar(64) NOT NULL,
        expires_at timestamptz NOT NULL,
        rotated_at timestamptz,
        revoked_at timestamptz,
        user_agent text,
        ip varchar(64),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE UNIQUE INDEX sessions_refresh_hash_key ON sessions (refresh_hash)`);
    await db.query(`CREATE INDEX sessions_family_idx ON sessions (family_id)`);
    await db.query(`CREATE INDEX sessions_user_idx ON sessions (user_id)`);

    await db.query(`
      CREATE TABLE staff_badges (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        title varchar(80) NOT NULL,
        team varchar(80) NOT NULL,
        locales text[] NOT NULL,
        granted_by_id uuid REFERENCES users(id),
        granted_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        revoked_by_id uuid REFERENCES users(id)
      )`);
    await db.query(`CREATE UNIQUE INDEX staff_badges_current_key ON staff_badges (user_id) WHERE revoked_at IS NULL`);

    await db.query(`
      CREATE TABLE boards (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug varchar(60) NOT NULL,
        locale varchar(16) NOT NULL,
        topic_key varchar(60) NOT NULL,
        kind varchar(20) NOT NULL,
        name varchar(100) NOT NULL,
        description text,
        position int NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT boards_kind_check CHECK (kind IN ('QUESTIONS','ANNOUNCEMENTS'))
      )`);
    await db.query(`CREATE UNIQUE INDEX boards_locale_slug_key ON boards (locale, slug)`);
    await db.query(`CREATE UNIQUE INDEX boards_locale_topic_key ON boards (locale, topic_key)`);
    await db.query(`CREATE INDEX boards_locale_position_idx ON boards (locale, position)`);

    await db.query(`
      CREATE TABLE threads (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        board_id uuid NOT NULL REFERENCES boards(id),
        author_id uuid NOT NULL REFERENCES users(id),
        title varchar(200) NOT NULL,
        tags text[] NOT NULL DEFAULT '{}',
        private boolean NOT NULL DEFAULT false,
        pinned boolean NOT NULL DEFAULT false,
        locked boolean NOT NULL DEFAULT false,
        state varchar(16) NOT NULL DEFAULT 'VISIBLE',
        question_post_id uuid,
        official_answer_post_id uuid,
        reply_count int NOT NULL DEFAULT 0,
        last_post_number int NOT NULL DEFAULT 0,
        last_activity_at timestamptz NOT NULL DEFAULT now(),
        first_staff_response_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT threads_state_check CHECK (state IN ('VISIBLE','HELD','HIDDEN','REMOVED')),
        CONSTRAINT threads_reply_count_check CHECK (reply_count >= 0),
        CONSTRAINT threads_tags_check CHECK (cardinality(tags) <= 5)
      )`);
    // Listings read visible threads of one board in the order of the chosen sort, pinned first;
    // each sort has an index of exactly that order so a page is an index range scan at any depth.
    await db.query(
      `CREATE INDEX threads_board_activity_idx ON threads (board_id, pinned DESC, last_activity_at DESC, id DESC) WHERE state = 'VISIBLE'`,
    );
    await db.query(
      `CREATE INDEX threads_board_created_idx ON threads (board_id, pinned DESC, created_at DESC, id DESC) WHERE state = 'VISIBLE'`,
    );
    await db.query(
      `CREATE INDEX threads_board_unanswered_idx ON threads (board_id, pinned DESC, created_at DESC, id DESC) WHERE state = 'VISIBLE' AND official_answer_post_id IS NULL AND NOT locked`,
    );
    await db.query(`CREATE INDEX threads_tags_idx ON threads USING gin (tags)`);
    await db.query(`CREATE INDEX threads_author_idx ON threads (author_id, created_at)`);

    await db.query(`
      CREATE TABLE posts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        thread_id uuid NOT NULL REFERENCES threads(id),
        author_id uuid NOT NULL REFERENCES users(id),
        post_number int NOT NULL,
        body text NOT NULL,
        body_html text NOT NULL,
        state varchar(16) NOT NULL DEFAULT 'VISIBLE',
        revision int NOT NULL DEFAULT 1,
        idempotency_key varchar(100),
        removal_reason text,
        removed_by_id uuid REFERENCES users(id),
        scam_score real,
        scam_verdict jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        edited_at timestamptz,
        CONSTRAINT posts_state_check CHECK (state IN ('VISIBLE','HELD','HIDDEN','REMOVED'))
      )`);
    await db.query(`CREATE UNIQUE INDEX posts_thread_number_key ON posts (thread_id, post_number)`);
    await db.query(
      `CREATE UNIQUE INDEX posts_author_idempotency_key ON posts (author_id, idempotency_key) WHERE idempotency_key IS NOT NULL`,
    );
    await db.query(`CREATE INDEX posts_author_created_idx ON posts (author_id, created_at)`);
    await db.query(
      `ALTER TABLE threads ADD CONSTRAINT threads_question_post_fk FOREIGN KEY (question_post_id) REFERENCES posts(id) DEFERRABLE INITIALLY DEFERRED`,
    );
    await db.query(
      `ALTER TABLE threads ADD CONSTRAINT threads_official_answer_fk FOREIGN KEY (official_answer_post_id) REFERENCES posts(id)`,
    );

    await db.query(`
      CREATE TABLE post_revisions (
        post_id uuid NOT NULL REFERENCES posts(id),
        revision int NOT NULL,
        body text NOT NULL,
        edited_by_id uuid NOT NULL REFERENCES users(id),
        edited_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (post_id, revision)
      )`);

    await db.query(`
      CREATE TABLE moderation_log (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        actor_id uuid NOT NULL REFERENCES users(id),
        action varchar(40) NOT NULL,
        target_type varchar(20) NOT NULL,
        target_id uuid NOT NULL,
        locale varchar(16),
        reason text,
        before jsonb,
        after jsonb,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX moderation_log_target_idx ON moderation_log (target_id, created_at)`);
    await db.query(`CREATE INDEX moderation_log_actor_idx ON moderation_log (actor_id, created_at)`);
    await db.query(`CREATE INDEX moderation_log_locale_idx ON moderation_log (locale, created_at)`);
    await db.query(`
      CREATE FUNCTION moderation_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'moderation_log is append-only';
      END $$`);
    await db.query(`
      CREATE TRIGGER moderation_log_append_only BEFORE UPDATE OR DELETE ON moderation_log
      FOR EACH ROW EXECUTE FUNCTION moderation_log_append_only()`);
    await db.query(`
      CREATE TRIGGER moderation_log_no_truncate BEFORE TRUNCATE ON moderation_log
      FOR EACH STATEMENT EXECUTE FUNCTION moderation_log_append_only()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE moderation_log`);
    await db.query(`DROP FUNCTION moderation_log_append_only`);
    await db.query(`DROP TABLE post_revisions`);
    await db.query(`ALTER TABLE threads DROP CONSTRAINT threads_question_post_fk`);
    await db.query(`ALTER TABLE threads DROP CONSTRAINT threads_official_answer_fk`);
    await db.query(`DROP TABLE posts`);
    await db.query(`DROP TABLE threads`);
    await db.query(`DROP TABLE boards`);
    await db.query(`DROP TABLE staff_badges`);
    await db.query(`DROP TABLE sessions`);
    await db.query(`DROP TABLE users`);
  }
}
