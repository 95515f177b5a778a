import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PreparedReads } from '../../apps/api/src/database/prepared-reads.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

// The prepared reads always run with their generic plan (see PreparedReads), so each must have
// an index path for every large table it reads, whatever its parameter values. The test
// database is small, so sequential scans are switched off: a sequential scan of a large table
// that is left in a plan, or a scan of a whole index, means the statement has no index to
// narrow it there.
const LARGE_TABLES = ['threads', 'posts', 'users', 'post_revisions', 'staff_badges'];

const AUTHOR = `author { handle badge { title } }`;
const THREAD_PAGE = `query ($id: ID!, $after: String) {
  thread(id: $id) {
    id ${AUTHOR} question { id ${AUTHOR} } officialAnswer { id }
    replies(first: 2, after: $after) { totalCount pageInfo { endCursor } nodes { id ${AUTHOR} } }
  }
}`;
const BOARD_PAGE = `query ($id: ID!, $order: ThreadOrder, $tag: String, $after: String) {
  board(id: $id) { threads(first: 2, orderBy: $order, tag: $tag, after: $after) { totalCount pageInfo { endCursor } nodes { id ${AUTHOR} } } }
}`;

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Index Cond'?: string;
  Plans?: PlanNode[];
}

// Scans of a large table that read all of it: sequential, or a whole index without a condition.
function unboundedScans(node: PlanNode): string[] {
  const table = node['Relation Name'];
  const own =
    table && LARGE_TABLES.includes(table) && (node['Node Type'] === 'Seq Scan' || (/Index/.test(node['Node Type']) && !node['Index Cond']))
      ? [`${node['Node Type']} on ${table}${node['Index Name'] ? ` using ${node['Index Name']}` : ''}`]
      : [];
  return [...own, ...(node.Plans ?? []).flatMap(unboundedScans)];
}

// EXECUTE takes its arguments as SQL text, coerced to the statement's parameter types.
function literal(client: pg.Client, value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (Array.isArray(value)) return client.escapeLiteral(`{${value.map((v) => JSON.stringify(String(v))).join(',')}}`);
  return client.escapeLiteral(String(value));
}

describe('prepared reads', () => {
  let t: TestApp;
  const sent: { text: string; values: unknown[] }[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    const reads = t.app.get(PreparedReads);
    const rows = reads.rows.bind(reads);
    reads.rows = (text, values) => {
      sent.push({ text, values });
      return rows(text, values);
    };
  });
  afterAll(() => t.close());

  it('have an index path for every large table in their generic plans', async () => {
    const board = await t.factory.board();
    const thread = await t.factory.thread({ board, author: await t.factory.user(), tags: ['withdrawal'] });
    for (let i = 0; i < 3; i++) await t.factory.reply({ thread, author: await t.factory.user() });
    const moderator = await t.factory.user({ roles: ['MODERATOR'], totp: true, moderatorLocales: [board.locale] });
    for (const as of [null, await t.factory.user(), moderator]) {
      const page = await t.gql(THREAD_PAGE, { id: thread.id }, { as });
      await t.gql(THREAD_PAGE, { id: thread.id, after: page.data.thread.replies.pageInfo.endCursor }, { as });
      for (const order of ['LATEST_ACTIVITY', 'NEWEST', 'UNANSWERED']) {
        for (const tag of [null, 'withdrawal']) {
          const first = await t.gql(BOARD_PAGE, { id: board.id, order, tag }, { as });
          expect(first.errors).toBeUndefined();
          await t.gql(BOARD_PAGE, { id: board.id, order, tag, after: first.data.board.threads.pageInfo.endCursor }, { as });
        }
      }
    }
    const statements = new Map(sent.map((s) => [s.text, s.values]));
    expect(statements.size).toBeGreaterThanOrEqual(6);

    const client = new pg.Client({
      connectionString: t.databaseUrl,
      options: '-c plan_cache_mode=force_generic_plan -c enable_seqscan=off',
    });
    await client.connect();
    const unindexed: { text: string; scanned: string[] }[] = [];
    try {
      let n = 0;
      for (const [text, values] of statements) {
        const name = `plan_check_${n++}`;
        await client.query({ name, text, values });
        const { rows } = await client.query(`EXPLAIN (FORMAT JSON) EXECUTE ${name}(${values.map((v) => literal(client, v)).join(', ')})`);
        const scanned = unboundedScans(rows[0]['QUERY PLAN'][0].Plan);
        if (scanned.length > 0) unindexed.push({ text, scanned });
      }
    } finally {
      await client.end();
    }
    expect(unindexed).toEqual([]);
  });
});
