// The generator as set-based SQL: each step is one statement over generate_series, so a
// million posts load in minutes. Steps name their parameters; dataset.ts supplies them.
// Temporary bench_* tables hold the plan (ids, random draws) so that threads can be inserted
// with counters that match the posts inserted after them.

export interface Step {
  name: string;
  sql: string;
  params: string[];
}

const step = (name: string, sql: string, ...params: string[]): Step => ({ name, sql, params });

export const GENERATE_SQL: Step[] = [
  step(
    'templates',
    `CREATE TEMP TABLE bench_template ON COMMIT DROP AS
     SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::text[]) AS t(locale, kind, i, body, body_html)`,
    'tplLocale',
    'tplKind',
    'tplIndex',
    'tplBody',
    'tplHtml',
  ),
  // A third of the users write Chinese; the first `staff` users are support staff. `rank`
  // numbers each (locale, staff) pool, so a random author is a join on a random rank.
  step(
    'user plan',
    `CREATE TEMP TABLE bench_user ON COMMIT DROP AS
     SELECT g AS i, gen_random_uuid() AS id, l.locale, g <= $2 AS staff,
            row_number() OVER (PARTITION BY l.locale, g <= $2 ORDER BY g)::int AS rank
       FROM generate_series(1, $1) g, LATERAL (SELECT CASE WHEN g % 3 = 0 THEN 'zh-CN' ELSE 'en' END AS locale) l`,
    'users',
    'staff',
  ),
  step(
    'author pools',
    `CREATE TEMP TABLE bench_pool ON COMMIT DROP AS SELECT locale, staff, count(*)::int AS n FROM bench_user GROUP BY locale, staff`,
  ),
  step(
    'users',
    `INSERT INTO users (id, handle, display_name, email, password_hash, locale, roles, created_at, updated_at)
     SELECT id, 'bench_' || lpad(i::text, 4, '0'),
            CASE WHEN locale = 'en' THEN ($2::text[])[1 + i % cardinality($2::text[])] || ' ' || chr(65 + i % 26) || '.'
                 ELSE ($3::text[])[1 + i % cardinality($3::text[])] || (i % 100)::text END,
            'bench_' || lpad(i::text, 4, '0') || '@bench.example', $1, locale,
            CASE WHEN staff THEN ARRAY['USER', 'STAFF'] ELSE ARRAY['USER'] END,
            now() - interval '730 days' * random(), now()
       FROM bench_user ORDER BY i`,
    'passwordHash',
    'namesEn',
    'namesZh',
  ),
  step(
    'staff badges',
    `INSERT INTO staff_badges (user_id, title, team, locales, granted_at)
     SELECT id, CASE WHEN locale = 'en' THEN $1::text ELSE $2::text END, 'Customer Support', ARRAY[locale], now() - interval '400 days'
       FROM bench_user WHERE staff`,
    'badgeEn',
    'badgeZh',
  ),
  step(
    'board plan',
    `CREATE TEMP TABLE bench_board ON COMMIT DROP AS
     SELECT b.i, gen_random_uuid() AS id, b.slug, b.locale, b.kind, b.name, b.position,
            string_to_array(b.tags, ',') AS vocab, string_to_array(b.titles, '|') AS titles
       FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::text[], $8::text[])
            AS b(i, slug, locale, kind, name, position, tags, titles)`,
    'boardIndex',
    'boardSlug',
    'boardLocale',
    'boardKind',
    'boardName',
    'boardPosition',
    'boardTags',
    'boardTitles',
  ),
  step(
    'template counts',
    `CREATE TEMP TABLE bench_template_count ON COMMIT DROP AS SELECT locale, kind, count(*)::int AS n FROM bench_template GROUP BY locale, kind`,
  ),
  // Without statistics the planner takes the small plan tables for one row each and picks
  // nested loops over the million-row plan.
  step('analyze plans', `ANALYZE bench_template, bench_template_count, bench_user, bench_pool, bench_board`),
  step(
    'boards',
    `INSERT INTO boards (id, slug, locale, topic_key, kind, name, position, created_at)
     SELECT id, slug, locale, slug, kind, name, position, now() - interval '800 days' FROM bench_board`,
  ),
  // Replies per thread: round(40·u³), so 0–40 with a mean of 10 and most threads short.
  // About a third of answered-able threads get an official answer (post 2, by staff); the
  // first three threads of each board are pinned; 1% are locked, 0.5% private.
  step(
    'thread plan',
    `CREATE TEMP TABLE bench_thread ON COMMIT DROP AS
     WITH draw AS (
       SELECT n, width_bucket(random(), $2::float8[]) AS board_i,
              round($3::int * power(random(), 3))::int AS replies,
              random() AS r_answer, random() AS r_flag, random() AS r_author,
              floor(random() * 1000000)::int AS r_text, floor(random() * 4)::int AS ntags,
              now() - interval '365 days' * random() AS created_at,
              interval '1 minute' * (2 + 360 * random()) AS gap
         FROM generate_series(1, $1) n
     ), placed AS (
       SELECT d.*, b.id AS board_id, b.locale, b.kind, b.vocab, b.titles, (b.kind = 'ANNOUNCEMENTS') AS staff_author,
              1 + floor(d.r_author * pl.n)::int AS author_rank
         FROM draw d
         JOIN bench_board b ON b.i = d.board_i
         JOIN bench_pool pl ON pl.locale = b.locale AND pl.staff = (b.kind = 'ANNOUNCEMENTS')
     )
     SELECT p.*, a.id AS author_id,
            gen_random_uuid() AS id, gen_random_uuid() AS question_id, gen_random_uuid() AS answer_id,
            (p.replies > 0 AND p.kind = 'QUESTIONS' AND p.r_answer < 0.35) AS answered,
            (row_number() OVER (PARTITION BY p.board_i ORDER BY p.n) <= 3) AS pinned,
            (p.r_flag < 0.01) AS locked,
            (p.r_flag >= 0.01 AND p.r_flag < 0.015) AS private
       FROM placed p
       JOIN bench_user a ON a.locale = p.locale AND a.staff = p.staff_author AND a.rank = p.author_rank`,
    'threads',
    'boardThresholds',
    'maxReplies',
  ),
  step('analyze thread plan', `ANALYZE bench_thread`),
  // Post 1 is the question; replies follow at increasing times (gap × number, jittered), never
  // in the future; 1% of later replies are hidden by a moderator; 4% of replies are by staff.
  step(
    'post plan',
    `CREATE TEMP TABLE bench_post ON COMMIT DROP AS
     SELECT d.thread_id, d.thread_author_id, d.locale, d.post_number, d.id, d.kind, d.created_at, d.state, d.by_staff,
            1 + floor(d.r_author * pl.n)::int AS author_rank, 1 + d.r_text % tc.n AS template_i
       FROM (SELECT t.id AS thread_id, t.author_id AS thread_author_id, t.locale, k AS post_number,
                    CASE WHEN k = 1 THEN t.question_id WHEN k = 2 AND t.answered THEN t.answer_id ELSE gen_random_uuid() END AS id,
                    CASE WHEN k = 1 THEN 'question' WHEN k = 2 AND t.answered THEN 'answer' ELSE 'reply' END AS kind,
                    CASE WHEN k = 1 THEN t.created_at ELSE least(t.created_at + t.gap * (k - 1 + 0.9 * random()), now()) END AS created_at,
                    CASE WHEN k > 2 AND random() < 0.01 THEN 'HIDDEN' ELSE 'VISIBLE' END AS state,
                    (k = 2 AND t.answered) OR (k > 1 AND random() < 0.04) AS by_staff,
                    random() AS r_author, floor(random() * 1000000)::int AS r_text
               FROM bench_thread t CROSS JOIN LATERAL generate_series(1, 1 + t.replies) k) d
       JOIN bench_pool pl ON pl.locale = d.locale AND pl.staff = d.by_staff
       JOIN bench_template_count tc ON tc.locale = d.locale AND tc.kind = d.kind`,
  ),
  step('analyze post plan', `ANALYZE bench_post`),
  // Counters come from the post plan, so they equal what the posts say; the question's id is
  // known in advance (its foreign key is checked at commit).
  step(
    'threads',
    `INSERT INTO threads (id, board_id, author_id, title, tags, private, pinned, locked, state, question_post_id,
                          reply_count, last_post_number, last_activity_at, first_staff_response_at, created_at)
     SELECT t.id, t.board_id, t.author_id,
            t.titles[1 + t.r_text % cardinality(t.titles)]
              || (CASE WHEN t.locale = 'en' THEN $1::text[] ELSE $2::text[] END)[1 + (t.r_text / 7) % cardinality($1::text[])],
            t.vocab[1 + t.r_text % (cardinality(t.vocab) + 1 - t.ntags) : t.r_text % (cardinality(t.vocab) + 1 - t.ntags) + t.ntags],
            t.private, t.pinned, t.locked, 'VISIBLE', t.question_id,
            c.reply_count, c.last_post_number, c.last_activity_at, c.first_staff_response_at, t.created_at
       FROM bench_thread t
       JOIN (SELECT thread_id,
                    count(*) FILTER (WHERE post_number > 1 AND state = 'VISIBLE')::int AS reply_count,
                    max(post_number) AS last_post_number,
                    max(created_at) FILTER (WHERE state = 'VISIBLE') AS last_activity_at,
                    min(created_at) FILTER (WHERE by_staff AND post_number > 1 AND state = 'VISIBLE') AS first_staff_response_at
               FROM bench_post GROUP BY thread_id) c ON c.thread_id = t.id
      ORDER BY t.created_at`,
    'suffixesEn',
    'suffixesZh',
  ),
  // In time order, as a forum fills up: a thread's replies end up spread over the table.
  step(
    'posts',
    `INSERT INTO posts (id, thread_id, author_id, post_number, body, body_html, state, removal_reason, created_at)
     SELECT p.id, p.thread_id, CASE WHEN p.post_number = 1 THEN p.thread_author_id ELSE a.id END,
            p.post_number, tp.body, tp.body_html, p.state, CASE WHEN p.state = 'HIDDEN' THEN 'Off-topic' END, p.created_at
       FROM bench_post p
       JOIN bench_user a ON a.locale = p.locale AND a.staff = p.by_staff AND a.rank = p.author_rank
       JOIN bench_template tp ON tp.locale = p.locale AND tp.kind = p.kind AND tp.i = p.template_i
      ORDER BY p.created_at`,
  ),
  step(
    'official answers',
    `UPDATE threads SET official_answer_post_id = t.answer_id FROM bench_thread t WHERE t.answered AND threads.id = t.id`,
  ),
  // The app stores revision 1 of every post too.
  step(
    'post revisions',
    `INSERT INTO post_revisions (post_id, revision, body, edited_by_id, edited_at) SELECT id, 1, body, author_id, created_at FROM posts`,
  ),
  step('marker table', `CREATE TABLE bench_dataset (spec jsonb NOT NULL, built_at timestamptz NOT NULL, build_seconds real)`),
  step('marker', `INSERT INTO bench_dataset (spec, built_at) VALUES ($1::jsonb, now())`, 'spec'),
];
