import argon2 from 'argon2';
import pg from 'pg';
import { renderMarkdown } from '#libs/markdown';
import { ensureDatabase, runMigrations } from '../../apps/api/src/database/prepare-database.js';
import { BODIES, DISPLAY_NAMES, LOCALES, STAFF_BADGE, TITLE_SUFFIXES, TOPICS, type BodyKind } from './content.js';
import { THREADS_OUT_OF_STEP_SQL } from '../../apps/api/src/modules/threads/thread-invariants.js';
import { GENERATE_SQL } from './dataset-sql.js';

export const BENCH_DB = 'beacon_bench';
export const BENCH_PASSWORD = 'bench-password-not-a-secret';

// Stored with the data: a dataset built from another spec is rebuilt, not silently reused.
// Bump `version` whenever the generator's SQL changes what it produces.
export const SPEC = { version: 1, users: 2000, staff: 40, threads: 100_000, maxReplies: 40, seed: 0.4242 };

export interface Dataset {
  url: string;
  users: number;
  staff: number;
  boards: number;
  threads: number;
  posts: number;
  sizeBytes: number;
  builtAt: Date;
  buildSeconds: number;
  reused: boolean;
}

type Log = (line: string) => void;

// The bench database on the given server: reused when its marker matches SPEC, otherwise
// (or with rebuild) dropped, migrated with the app's own migrations and generated again.
export async function prepareDataset(serverUrl: string, options: { rebuild: boolean; log: Log }): Promise<Dataset> {
  if (options.rebuild) await dropDatabase(serverUrl);
  let url = await ensureDatabase(serverUrl, BENCH_DB);
  let existing = await readMarker(url);
  if (existing === 'stale') {
    options.log(`${BENCH_DB} holds data of another generator version: rebuilding`);
    await dropDatabase(serverUrl);
    url = await ensureDatabase(serverUrl, BENCH_DB);
    existing = null;
  }
  // Also on reuse: migrations added since the build apply to the bench data as to any database.
  await runMigrations(url);
  if (existing) {
    // A run that was interrupted leaves its writes behind; count what the run will start from.
    await restoreDataset(url);
    const restored = await readMarker(url);
    if (restored && restored !== 'stale') return { ...restored, url, reused: true };
  }

  options.log(`generating ${SPEC.threads.toLocaleString('en')} threads in ${BENCH_DB} (a few minutes)`);
  const started = Date.now();
  await generate(url, options.log);
  const buildSeconds = (Date.now() - started) / 1000;
  await withClient(url, (db) => db.query(`UPDATE bench_dataset SET build_seconds = $1`, [buildSeconds]));
  const built = await readMarker(url);
  if (!built || built === 'stale') throw new Error('the dataset marker is missing after generation');
  return { ...built, url, reused: false };
}

async function generate(url: string, log: Log): Promise<void> {
  const params = await generatorParams();
  await withClient(url, async (db) => {
    await db.query('BEGIN');
    try {
      // The load is one transaction: an interrupted build leaves nothing behind to reuse.
      await db.query(`SET LOCAL synchronous_commit = off`);
      await db.query(`SET LOCAL work_mem = '256MB'`);
      await db.query(`SELECT setseed($1)`, [SPEC.seed]);
      for (const step of GENERATE_SQL) {
        const t0 = Date.now();
        const result = await db.query(
          step.sql,
          step.params.map((name) => params[name]),
        );
        log(`  ${step.name}: ${result.rowCount ?? 0} rows, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      }
      // Set-based SQL writes a million posts in a minute where the API's writers would take
      // hours; what those writers keep true of every thread is checked before it commits.
      const t1 = Date.now();
      const outOfStep = await db.query(THREADS_OUT_OF_STEP_SQL);
      if (outOfStep.rows.length > 0)
        throw new Error(`generated threads disagree with the posting path: ${outOfStep.rows.map((r) => r.id).join(', ')}`);
      log(`  invariants checked: ${((Date.now() - t1) / 1000).toFixed(1)} s`);
      await db.query('COMMIT');
    } catch (error) {
      await db.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
    const t0 = Date.now();
    // Fresh statistics and a clean visibility map, as on a database that has been running.
    await db.query('VACUUM (ANALYZE)');
    log(`  vacuum analyze: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  });
}

// Values the SQL steps refer to by name; bodies are rendered here, once per template.
async function generatorParams(): Promise<Record<string, unknown>> {
  const templates = LOCALES.flatMap((locale) =>
    (Object.keys(BODIES[locale]) as BodyKind[]).flatMap((kind) =>
      BODIES[locale][kind].map((body, i) => ({ locale, kind, i: i + 1, body, html: renderMarkdown(body) })),
    ),
  );
  const boards = LOCALES.flatMap((locale) =>
    TOPICS.map((topic, position) => ({
      slug: topic.topic,
      locale,
      kind: topic.kind,
      name: topic.name[locale],
      position,
      // Two thirds of the threads are English, one third Chinese.
      share: (locale === 'en' ? 2 / 3 : 1 / 3) * topic.weight,
      tags: topic.tags.join(','),
      titles: topic.titles[locale].join('|'),
    })),
  );
  // Lower bounds of each board's slice of [0, 1), for width_bucket() in SQL.
  const total = boards.reduce((sum, b) => sum + b.share, 0);
  const thresholds: number[] = [];
  boards.reduce((sum, b) => (thresholds.push(sum / total), sum + b.share), 0);
  return {
    users: SPEC.users,
    staff: SPEC.staff,
    threads: SPEC.threads,
    maxReplies: SPEC.maxReplies,
    passwordHash: await argon2.hash(BENCH_PASSWORD, { type: argon2.argon2id }),
    namesEn: DISPLAY_NAMES.en,
    namesZh: DISPLAY_NAMES['zh-CN'],
    badgeEn: STAFF_BADGE.en,
    badgeZh: STAFF_BADGE['zh-CN'],
    suffixesEn: TITLE_SUFFIXES.en,
    suffixesZh: TITLE_SUFFIXES['zh-CN'],
    tplLocale: templates.map((t) => t.locale),
    tplKind: templates.map((t) => t.kind),
    tplIndex: templates.map((t) => t.i),
    tplBody: templates.map((t) => t.body),
    tplHtml: templates.map((t) => t.html),
    boardIndex: boards.map((_, i) => i + 1),
    boardSlug: boards.map((b) => b.slug),
    boardLocale: boards.map((b) => b.locale),
    boardKind: boards.map((b) => b.kind),
    boardName: boards.map((b) => b.name),
    boardPosition: boards.map((b) => b.position),
    boardTags: boards.map((b) => b.tags),
    boardTitles: boards.map((b) => b.titles),
    boardThresholds: thresholds,
    spec: JSON.stringify(SPEC),
  };
}

async function readMarker(url: string): Promise<Omit<Dataset, 'url' | 'reused'> | 'stale' | null> {
  return withClient(url, async (db) => {
    const [marker] = (await db.query(`SELECT to_regclass('bench_dataset') AS t`)).rows;
    if (!marker.t) {
      // Tables without a marker: a build by another generator, or an unrelated database.
      const [{ t }] = (await db.query(`SELECT to_regclass('threads') AS t`)).rows;
      if (!t) return null;
      const [{ n }] = (await db.query(`SELECT count(*)::int AS n FROM threads`)).rows;
      return n > 0 ? 'stale' : null;
    }
    const [row] = (await db.query(`SELECT built_at, build_seconds, spec = $1::jsonb AS current FROM bench_dataset`, [JSON.stringify(SPEC)]))
      .rows;
    if (!row?.current) return 'stale';
    const [counts] = (
      await db.query(`SELECT (SELECT count(*) FROM users)::int AS users,
                             (SELECT count(*) FROM staff_badges WHERE revoked_at IS NULL)::int AS staff,
                             (SELECT count(*) FROM boards)::int AS boards,
                             (SELECT count(*) FROM threads)::int AS threads,
                             (SELECT count(*) FROM posts)::int AS posts,
                             pg_database_size(current_database())::float8 AS size`)
    ).rows;
    return { ...counts, sizeBytes: counts.size, builtAt: row.built_at, buildSeconds: row.build_seconds ?? 0 };
  });
}

// Removes what the write scenario added (posts newer than the build, their revisions, the
// sessions made for the run) and recomputes the counters of the threads it touched, so every
// run starts from the same data.
export async function restoreDataset(url: string): Promise<number> {
  return withClient(url, async (db) => {
    await db.query('BEGIN');
    try {
      const { rows } = await db.query(`SELECT DISTINCT thread_id FROM posts WHERE created_at > (SELECT built_at FROM bench_dataset)`);
      const threads = rows.map((r) => r.thread_id);
      // The removed rows are replies written by the run, which nothing references; without this,
      // every deleted post costs a scan of threads for the two foreign keys that point at posts
      // (neither column is indexed), minutes for a run's worth of writes. Superusers only.
      const [{ rolsuper }] = (await db.query(`SELECT rolsuper FROM pg_roles WHERE rolname = current_user`)).rows;
      if (rolsuper) await db.query(`SET LOCAL session_replication_role = replica`);
      // The moderation fixtures and what the purge measurement did (the log is append-only;
      // with replication role replica its trigger does not fire, as for any trigger).
      await db.query(`DELETE FROM reports`);
      await db.query(`DELETE FROM review_items`);
      if (rolsuper) await db.query(`DELETE FROM moderation_log WHERE created_at > (SELECT built_at FROM bench_dataset)`);
      await db.query(
        `DELETE FROM post_revisions r USING posts p WHERE p.id = r.post_id AND p.created_at > (SELECT built_at FROM bench_dataset)`,
      );
      const removed = await db.query(`DELETE FROM posts WHERE created_at > (SELECT built_at FROM bench_dataset)`);
      await db.query(
        `UPDATE threads t SET reply_count = c.reply_count, last_post_number = c.last_post_number, last_activity_at = c.last_activity_at
           FROM (SELECT thread_id,
                        count(*) FILTER (WHERE post_number > 1 AND state = 'VISIBLE')::int AS reply_count,
                        max(post_number) AS last_post_number,
                        max(created_at) FILTER (WHERE state = 'VISIBLE') AS last_activity_at
                   FROM posts WHERE thread_id = ANY($1::uuid[]) GROUP BY thread_id) c
          WHERE t.id = c.thread_id`,
        [threads],
      );
      await db.query(`DELETE FROM sessions`);
      if (rolsuper) await db.query(`DELETE FROM users WHERE created_at > (SELECT built_at FROM bench_dataset)`);
      await db.query('COMMIT');
      return removed.rowCount ?? 0;
    } catch (error) {
      await db.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  });
}

// Loads the tables and indexes the scenarios read into shared buffers, so that a run measures
// a server that has been serving for a while rather than one just started. Skipped where the
// extension cannot be created (a DATABASE_URL role without the right).
export async function warmBuffers(url: string): Promise<boolean> {
  return withClient(url, async (db) => {
    try {
      await db.query(`CREATE EXTENSION IF NOT EXISTS pg_prewarm`);
    } catch {
      return false;
    }
    await db.query(
      `SELECT pg_prewarm(c.oid) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'i') AND c.relname NOT LIKE 'post_revisions%'`,
    );
    return true;
  });
}

async function dropDatabase(serverUrl: string): Promise<void> {
  await withClient(serverUrl, (db) => db.query(`DROP DATABASE IF EXISTS "${BENCH_DB}" WITH (FORCE)`));
}

export async function withClient<T>(url: string, fn: (db: pg.Client) => Promise<T>): Promise<T> {
  const db = new pg.Client({ connectionString: url });
  // A server stopped under us (Ctrl-C) fails the pending query; without a listener the
  // client's error event would also crash the process before cleanup ends.
  db.on('error', () => undefined);
  await db.connect();
  try {
    return await fn(db);
  } finally {
    await db.end();
  }
}
