import { createHash, createHmac, randomBytes, randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import type pg from 'pg';
import { withClient } from './dataset.js';
import { WRITE_BODIES } from './content.js';

const BOARD_PAGE = `query BoardPage($id: ID!, $after: String) {
  board(id: $id) {
    id name
    threads(first: 20, after: $after) {
      nodes { id title status pinned replyCount lastActivityAt author { handle displayName badge { title } } }
      pageInfo { hasNextPage endCursor }
    }
  }
}`;

const CURSOR_WALK = `query Walk($id: ID!, $after: String) {
  board(id: $id) { threads(first: 100, after: $after) { pageInfo { hasNextPage endCursor } } }
}`;

const THREAD_PAGE = `query ThreadPage($id: ID!) {
  thread(id: $id) {
    id title tags status replyCount createdAt lastActivityAt
    board { id slug name locale }
    author { handle displayName badge { title } }
    question { id body bodyHtml createdAt }
    officialAnswer { id bodyHtml createdAt author { handle badge { title } } }
    replies(first: 20) {
      nodes { id author { handle badge { title } } body bodyHtml createdAt }
      pageInfo { hasNextPage endCursor }
    }
  }
}`;

const STAFF_QUEUE = `query Queue { staffQueue(first: 20) { nodes { id title private createdAt author { handle } } pageInfo { hasNextPage endCursor } } }`;
const STAFF_METRICS = `query Metrics($locale: String!, $since: DateTime!) {
  staffMetrics(locale: $locale, since: $since) { unanswered answered medianFirstResponseSeconds p90FirstResponseSeconds }
}`;

const REVIEW_QUEUE = `query Review($after: String) {
  reviewQueue(first: 20, after: $after) {
    nodes { priority autoHidden openedAt post { id state body author { handle } } reports { reason note reporter { handle } } verdict { action score } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const REVIEW_WALK = `query ReviewWalk($after: String) { reviewQueue(first: 100, after: $after) { pageInfo { hasNextPage endCursor } } }`;
const PURGE = `mutation Purge($userId: ID!) { purgeUserContent(userId: $userId, reason: "benchmark purge") { postsRemoved threadsRemoved } }`;
const RESTORE = `mutation Restore($userId: ID!) { restoreUserContent(userId: $userId, reason: "benchmark restore") { postsRemoved threadsRemoved } }`;
const CREATE_POST = `mutation Reply($input: CreatePostInput!) { createPost(input: $input) { id createdAt } }`;

// How deep the deep-page scenario reads: the page after this many threads.
export const DEEP_OFFSET = 2000;
// The review queue: open items, and how deep the deep page starts.
export const REVIEW_ITEMS = 10_000;
export const REVIEW_DEEP = 2000;
// Posts of the account purged (and restored) by measurePurge.
export const PURGE_POSTS = 5000;
const WRITERS = 300;
const HOT_THREADS = 500;

export interface Fixtures {
  boardIds: string[];
  deepCursors: { boardId: string; after: string }[];
  threadIds: string[];
  writeTargets: string[];
  tokens: string[];
  // Staff of each language, signed in (their elevated role needs 2FA, turned on for the run).
  staffSessions: { token: string; locale: string }[];
  // A moderator of every language (with 2FA), and the review queue's cursor REVIEW_DEEP items in.
  moderatorToken: string;
  reviewDeepCursor: string | null;
}

export interface Scenario {
  key: 'board' | 'deep' | 'thread' | 'hot-thread' | 'write' | 'staff-queue' | 'staff-metrics' | 'review-queue' | 'review-queue-deep';
  title: string;
  next(): { body: string; headers: Record<string, string> };
}

export interface LoadResult {
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  graphqlErrors: number;
  // Responses the API answered from its anonymous response cache.
  cacheHits: number;
}

const pick = <T>(items: T[]): T => items[Math.floor(Math.random() * items.length)];
// A new object each time: autocannon writes the body's Content-Length into the headers it is given.
// Accept-Encoding as every browser sends it: the anonymous cache answers with the gzipped bytes
// it keeps (misses are answered uncompressed, as the API does not compress what it renders).
const jsonHeaders = (): Record<string, string> => ({ 'content-type': 'application/json', 'accept-encoding': 'gzip' });

// Ids the scenarios choose from at random, so that reads and writes spread over many rows
// instead of hitting one hot page; writers get a session row each and an access token signed
// as the API signs them (logging in 300 times would cost a minute of argon2 and trip the
// per-IP login throttle).
export async function prepareFixtures(dbUrl: string, jwtSecret: string): Promise<Omit<Fixtures, 'deepCursors' | 'reviewDeepCursor'>> {
  return withClient(dbUrl, async (db) => {
    const boards = await db.query(`SELECT id FROM boards WHERE kind = 'QUESTIONS' ORDER BY locale, position`);
    const threads = await db.query(
      `SELECT id FROM threads WHERE state = 'VISIBLE' AND NOT private AND reply_count >= 20 ORDER BY random() LIMIT 10000`,
    );
    const targets = await db.query(
      `SELECT t.id FROM threads t JOIN boards b ON b.id = t.board_id
        WHERE b.kind = 'QUESTIONS' AND t.state = 'VISIBLE' AND NOT t.private AND NOT t.locked ORDER BY random() LIMIT 5000`,
    );
    const writers = await db.query(`SELECT id FROM users WHERE roles = '{USER}' AND banned_until IS NULL ORDER BY handle LIMIT $1`, [
      WRITERS,
    ]);
    const tokens: string[] = [];
    for (const { id } of writers.rows) {
      const hash = createHash('sha256').update(randomBytes(32)).digest('hex');
      const session = await db.query(
        `INSERT INTO sessions (user_id, family_id, refresh_hash, expires_at, user_agent, ip)
         VALUES ($1, $2, $3, now() + interval '1 day', 'beacon-bench', '127.0.0.1') RETURNING id`,
        [id, randomUUID(), hash],
      );
      tokens.push(signAccessToken({ sub: id, sid: session.rows[0].id }, jwtSecret));
    }
    await db.query(`UPDATE users SET totp_enabled = true, totp_secret = coalesce(totp_secret, 'bench') WHERE 'STAFF' = ANY(roles)`);
    const staff = await db.query(
      `SELECT u.id, b.locales[1] AS locale FROM users u JOIN staff_badges b ON b.user_id = u.id AND b.revoked_at IS NULL ORDER BY u.handle`,
    );
    const staffSessions: { token: string; locale: string }[] = [];
    for (const { id, locale } of staff.rows) {
      const session = await db.query(
        `INSERT INTO sessions (user_id, family_id, refresh_hash, expires_at, user_agent, ip)
         VALUES ($1, $2, $3, now() + interval '1 day', 'beacon-bench', '127.0.0.1') RETURNING id`,
        [id, randomUUID(), createHash('sha256').update(randomBytes(32)).digest('hex')],
      );
      staffSessions.push({ token: signAccessToken({ sub: id, sid: session.rows[0].id }, jwtSecret), locale });
    }
    const moderatorToken = await prepareReviewQueue(db, jwtSecret);
    return {
      moderatorToken,
      staffSessions,
      boardIds: boards.rows.map((r) => r.id),
      threadIds: threads.rows.map((r) => r.id),
      writeTargets: targets.rows.map((r) => r.id),
      tokens,
    };
  });
}

// A moderator of both languages, and REVIEW_ITEMS open review items on random replies, each with
// one to three reports, priorities spread as reports and the guard spread them.
async function prepareReviewQueue(db: pg.Client, jwtSecret: string): Promise<string> {
  const moderator = await db.query(
    `INSERT INTO users (handle, display_name, email, password_hash, roles, moderator_locales, totp_secret, totp_enabled)
     VALUES ('bench_moderator', 'Bench Moderator', 'bench_moderator@beacon.example', 'x', '{USER,MODERATOR}', '{en,zh-CN}', 'bench', true) RETURNING id`,
  );
  await db.query(`
    INSERT INTO review_items (post_id, locale, priority, rank, report_urgency, report_count, opened_at)
    SELECT p.id, b.locale, u.urgency, -u.urgency, u.urgency, 1 + (row_number() OVER () % 3)::int, date_trunc('milliseconds', now() - random() * interval '7 days')
      FROM (SELECT id, thread_id FROM posts WHERE post_number > 1 AND state = 'VISIBLE' ORDER BY random() LIMIT ${REVIEW_ITEMS}) p
      JOIN threads t ON t.id = p.thread_id JOIN boards b ON b.id = t.board_id
     CROSS JOIN LATERAL (SELECT round((random() * 30)::numeric, 1)::float8 AS urgency) u`);
  await db.query(`
    WITH reporters AS (SELECT array_agg(id) AS ids FROM (SELECT id FROM users WHERE roles = '{USER}' ORDER BY handle LIMIT 500) u)
    INSERT INTO reports (post_id, reporter_id, reason, note, weight)
    SELECT ri.post_id, r.ids[1 + ((abs(hashtext(ri.post_id::text)) + n * 37) % 500)], (ARRAY['SCAM','SPAM','PHISHING','OTHER'])[1 + n % 4], 'Looks like a scam to me.', 1
      FROM review_items ri CROSS JOIN reporters r CROSS JOIN LATERAL generate_series(1, ri.report_count) n`);
  const session = await db.query(
    `INSERT INTO sessions (user_id, family_id, refresh_hash, expires_at, user_agent, ip)
     VALUES ($1, $2, $3, now() + interval '1 day', 'beacon-bench', '127.0.0.1') RETURNING id`,
    [moderator.rows[0].id, randomUUID(), createHash('sha256').update(randomBytes(32)).digest('hex')],
  );
  return signAccessToken({ sub: moderator.rows[0].id, sid: session.rows[0].id }, jwtSecret);
}

// Follows the review queue's cursors, as a moderator paging through it would.
export async function walkReviewQueue(apiUrl: string, token: string): Promise<string> {
  let after: string | null = null;
  for (let seen = 0; seen < REVIEW_DEEP; seen += 100) {
    const { data } = await graphql(apiUrl, { query: REVIEW_WALK, variables: { after } }, token);
    if (!data.reviewQueue.pageInfo.hasNextPage) throw new Error(`the review queue has fewer than ${REVIEW_DEEP} items`);
    after = data.reviewQueue.pageInfo.endCursor;
  }
  return after!;
}

// Purges an account with PURGE_POSTS replies (one each in as many threads of both languages)
// and restores it, `rounds` times, through the API: each is one request and one transaction.
export async function measurePurge(
  apiUrl: string,
  dbUrl: string,
  token: string,
  rounds = 3,
): Promise<{ posts: number; purgeMs: number[]; restoreMs: number[] }> {
  const userId = await withClient(dbUrl, async (db) => {
    const user = await db.query(
      `INSERT INTO users (handle, display_name, email, password_hash) VALUES ('bench_purged', 'Bench Purged', 'bench_purged@beacon.example', 'x') RETURNING id`,
    );
    await db.query(
      `WITH targets AS (SELECT id FROM threads WHERE state = 'VISIBLE' AND NOT private ORDER BY random() LIMIT ${PURGE_POSTS}),
            bumped AS (UPDATE threads t SET last_post_number = t.last_post_number + 1, reply_count = t.reply_count + 1 FROM targets WHERE t.id = targets.id RETURNING t.id, t.last_post_number),
            inserted AS (INSERT INTO posts (thread_id, author_id, post_number, body, body_html) SELECT id, $1, last_post_number, 'Send me a message for a refund.', '<p>Send me a message for a refund.</p>' FROM bumped RETURNING id, body, author_id)
       INSERT INTO post_revisions (post_id, revision, body, edited_by_id) SELECT id, 1, body, author_id FROM inserted`,
      [user.rows[0].id],
    );
    return user.rows[0].id as string;
  });
  const timed = async (query: string) => {
    const started = process.hrtime.bigint();
    const { data } = await graphql(apiUrl, { query, variables: { userId } }, token);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const counts = data.purgeUserContent ?? data.restoreUserContent;
    if (counts.postsRemoved !== PURGE_POSTS) throw new Error(`purge touched ${counts.postsRemoved} posts, not ${PURGE_POSTS}`);
    return ms;
  };
  const purgeMs: number[] = [];
  const restoreMs: number[] = [];
  for (let i = 0; i < rounds; i++) {
    purgeMs.push(await timed(PURGE));
    restoreMs.push(await timed(RESTORE));
  }
  return { posts: PURGE_POSTS, purgeMs, restoreMs };
}

// HS256 with the API's secret and claims ({ sub, sid }), valid for the length of a run.
function signAccessToken(claims: { sub: string; sid: string }, secret: string): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const unsigned = `${part({ alg: 'HS256', typ: 'JWT' })}.${part({ ...claims, iat: now, exp: now + 3600 })}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}

// Pages through each board 100 threads at a time, as a client following cursors would, and
// keeps the cursor after DEEP_OFFSET threads.
export async function walkDeepCursors(apiUrl: string, boardIds: string[]): Promise<Fixtures['deepCursors']> {
  const cursors: Fixtures['deepCursors'] = [];
  for (const boardId of boardIds) {
    let after: string | null = null;
    for (let seen = 0; seen < DEEP_OFFSET; seen += 100) {
      const { data } = await graphql(apiUrl, { query: CURSOR_WALK, variables: { id: boardId, after } });
      const info = data.board.threads.pageInfo;
      if (!info.hasNextPage) throw new Error(`board ${boardId} has fewer than ${DEEP_OFFSET} threads`);
      after = info.endCursor;
    }
    cursors.push({ boardId, after: after! });
  }
  return cursors;
}

export function buildScenarios(f: Fixtures): Scenario[] {
  const query = (q: string, variables: object) => JSON.stringify({ query: q, variables });
  return [
    {
      key: 'board',
      title: 'Board first page (20 threads)',
      next: () => ({ body: query(BOARD_PAGE, { id: pick(f.boardIds) }), headers: jsonHeaders() }),
    },
    {
      key: 'deep',
      title: `Board page ${DEEP_OFFSET.toLocaleString('en')} threads deep`,
      next: () => {
        const { boardId, after } = pick(f.deepCursors);
        return { body: query(BOARD_PAGE, { id: boardId, after }), headers: jsonHeaders() };
      },
    },
    {
      key: 'thread',
      title: 'Thread page (question + 20 replies)',
      next: () => ({ body: query(THREAD_PAGE, { id: pick(f.threadIds) }), headers: jsonHeaders() }),
    },
    // Not a target: what the anonymous cache does for thread pages when readers crowd a few
    // hundred threads (as they do around an incident), next to the uniform spread above.
    {
      key: 'hot-thread',
      title: `Thread page, ${HOT_THREADS} threads read the most`,
      next: () => ({ body: query(THREAD_PAGE, { id: pick(f.threadIds.slice(0, HOT_THREADS)) }), headers: jsonHeaders() }),
    },
    {
      key: 'staff-queue',
      title: 'staffQueue, first page (staff)',
      next: () => ({ body: query(STAFF_QUEUE, {}), headers: { ...jsonHeaders(), authorization: `Bearer ${pick(f.staffSessions).token}` } }),
    },
    {
      key: 'staff-metrics',
      title: 'staffMetrics, last 90 days (staff)',
      next: () => {
        const session = pick(f.staffSessions);
        const since = new Date(Date.now() - 90 * 86_400_000).toISOString();
        return {
          body: query(STAFF_METRICS, { locale: session.locale, since }),
          headers: { ...jsonHeaders(), authorization: `Bearer ${session.token}` },
        };
      },
    },
    {
      key: 'review-queue',
      title: `reviewQueue, first page (moderator, ${REVIEW_ITEMS.toLocaleString('en')} open items)`,
      next: () => ({ body: query(REVIEW_QUEUE, {}), headers: { ...jsonHeaders(), authorization: `Bearer ${f.moderatorToken}` } }),
    },
    {
      key: 'review-queue-deep',
      title: `reviewQueue, page ${REVIEW_DEEP.toLocaleString('en')} items deep (moderator)`,
      next: () => ({
        body: query(REVIEW_QUEUE, { after: f.reviewDeepCursor }),
        headers: { ...jsonHeaders(), authorization: `Bearer ${f.moderatorToken}` },
      }),
    },
    {
      key: 'write',
      title: 'createPost (signed in)',
      next: () => ({
        body: query(CREATE_POST, { input: { threadId: pick(f.writeTargets), body: pick(WRITE_BODIES) } }),
        headers: { ...jsonHeaders(), authorization: `Bearer ${pick(f.tokens)}` },
      }),
    },
  ];
}

// One request outside the load, to check the scenario answers without errors and to read
// how many SQL statements the API ran for it.
export async function sampleScenario(apiUrl: string, scenario: Scenario): Promise<number | null> {
  const { body, headers } = scenario.next();
  const response = await post(apiUrl, body, headers);
  if (response.status !== 200 || response.text.includes('"errors"')) {
    throw new Error(`${scenario.title}: sample request failed (${response.status}): ${response.text.slice(0, 500)}`);
  }
  // Absent when the answer came from the anonymous response cache: no SQL ran.
  const header = response.headers['x-sql-queries'];
  return header === undefined ? null : Number(header);
}

export async function runScenario(
  apiUrl: string,
  scenario: Scenario,
  options: { connections: number; duration: number },
): Promise<LoadResult> {
  let graphqlErrors = 0;
  let cacheHits = 0;
  const result = await autocannon({
    url: apiUrl,
    connections: options.connections,
    duration: options.duration,
    requests: [
      {
        method: 'POST',
        path: '/graphql',
        setupRequest: (request) => ({ ...request, ...scenario.next() }),
        // GraphQL reports failures with 200 and an `errors` list; autocannon would count them as successes.
        // A cache hit is never an error (errors are not cached) and its body is gzipped.
        onResponse: (_status, body, _context, headers) => {
          if (headers['x-anonymous-cache'] === 'hit') cacheHits++;
          else if (body.includes('"errors"')) graphqlErrors++;
        },
      },
    ],
  });
  return {
    requests: result.requests.total,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    graphqlErrors,
    cacheHits,
  };
}

async function graphql(apiUrl: string, payload: object, token?: string): Promise<{ data: any }> {
  const response = await post(
    apiUrl,
    JSON.stringify(payload),
    token ? { ...jsonHeaders(), authorization: `Bearer ${token}` } : jsonHeaders(),
  );
  const json = JSON.parse(response.text) as { data: any; errors?: unknown };
  if (response.status !== 200 || json.errors) throw new Error(`GraphQL error (${response.status}): ${response.text.slice(0, 500)}`);
  return json;
}

// A new connection per call: an idle keep-alive socket left over from before a load run can
// be answered with 408 by Node's HTTP server.
function post(
  apiUrl: string,
  body: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: Record<string, unknown>; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${apiUrl}/graphql`, { method: 'POST', headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const bytes = Buffer.concat(chunks);
        const text = (res.headers['content-encoding'] === 'gzip' ? gunzipSync(bytes) : bytes).toString('utf8');
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}
