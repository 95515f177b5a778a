import { withClient } from './dataset.js';

// What PostgreSQL itself says about the statements the API ran: pg_stat_statements for time
// and counts per scenario, auto_explain for EXPLAIN ANALYZE plans of the real statements with
// their real parameters. Both read the API's SQL as it is, so nothing here copies it.

const PRELOAD = ['pg_stat_statements', 'auto_explain'];

export interface StatementStat {
  query: string;
  calls: number;
  totalMs: number;
  meanMs: number;
  rows: number;
  blocksHit: number;
  blocksRead: number;
}

export interface ExplainedStatement {
  query: string;
  samples: number;
  meanMs: number;
  plan: string;
  buffers: string;
}

// Settings the API's connections take through libpq's PGOPTIONS (node-postgres reads it):
// a sample of the statements is executed with instrumentation and its plan logged as JSON.
export const AUTO_EXPLAIN_PGOPTIONS = [
  'auto_explain.log_min_duration=0',
  'auto_explain.log_analyze=on',
  'auto_explain.log_buffers=on',
  'auto_explain.log_timing=on',
  'auto_explain.log_format=json',
  'auto_explain.sample_rate=0.02',
]
  .map((setting) => `-c ${setting}`)
  .join(' ');

async function preloadedLibraries(url: string): Promise<string[]> {
  const { libs } = await withClient(
    url,
    async (db) => (await db.query(`SELECT current_setting('shared_preload_libraries') AS libs`)).rows[0],
  );
  return String(libs)
    .split(',')
    .map((lib) => lib.trim().replace(/^"|"$/g, ''));
}

export async function statementToolsLoaded(url: string): Promise<boolean> {
  const loaded = await preloadedLibraries(url);
  return PRELOAD.every((lib) => loaded.includes(lib));
}

// Takes effect at the next start; the caller restarts the server.
export async function preloadStatementTools(url: string, sharedBuffers: string): Promise<void> {
  await withClient(url, async (db) => {
    await db.query(`ALTER SYSTEM SET shared_preload_libraries = ${PRELOAD.join(', ')}`);
    await db.query(`ALTER SYSTEM SET shared_buffers = '${sharedBuffers}'`);
  });
}

// Null when the server does not load pg_stat_statements (a DATABASE_URL server may not).
export async function resetStatementStats(url: string): Promise<boolean> {
  return withClient(url, async (db) => {
    if (!(await preloadedLibraries(url)).includes('pg_stat_statements')) return false;
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_stat_statements`);
    await db.query(`SELECT pg_stat_statements_reset()`);
    return true;
  });
}

export async function readStatementStats(url: string): Promise<StatementStat[]> {
  return withClient(url, async (db) => {
    const { rows } = await db.query(
      `SELECT query, calls::float8, total_exec_time AS total_ms, mean_exec_time AS mean_ms, rows::float8,
              shared_blks_hit::float8 AS hit, shared_blks_read::float8 AS read
         FROM pg_stat_statements
        WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
          AND query NOT LIKE '%pg_stat_statements%'
        ORDER BY total_exec_time DESC`,
    );
    return rows.map((r) => ({
      query: r.query.replace(/\s+/g, ' ').trim(),
      calls: r.calls,
      totalMs: r.total_ms,
      meanMs: r.mean_ms,
      rows: r.rows,
      blocksHit: r.hit,
      blocksRead: r.read,
    }));
  });
}

// Pulls the JSON plans out of the server's log text ("duration: … ms  plan: { … }") and keeps
// one plan per distinct statement, most frequent first.
export function collectPlans(log: string): ExplainedStatement[] {
  const byQuery = new Map<string, { samples: number; totalMs: number; plan: any }>();
  const marker = /duration: ([\d.]+) ms\s+plan:/g;
  for (let match = marker.exec(log); match; match = marker.exec(log)) {
    const json = balancedObject(log, log.indexOf('{', match.index));
    if (!json) continue;
    let parsed: any;
    try {
      parsed = JSON.parse(json);
    } catch {
      continue; // a plan cut by the log's line prefixes; others of the same statement remain
    }
    const query = String(parsed['Query Text'] ?? '')
      .replace(/\s+/g, ' ')
      .trim();
    if (!query || /^(BEGIN|COMMIT|ROLLBACK|SELECT 1$)/i.test(query)) continue;
    const entry = byQuery.get(query) ?? { samples: 0, totalMs: 0, plan: parsed.Plan };
    entry.samples += 1;
    entry.totalMs += Number(match[1]);
    byQuery.set(query, entry);
  }
  return [...byQuery]
    .sort((a, b) => b[1].samples - a[1].samples)
    .map(([query, e]) => ({
      query,
      samples: e.samples,
      meanMs: e.totalMs / e.samples,
      plan: describePlan(e.plan),
      buffers: `${e.plan['Shared Hit Blocks'] ?? 0} hit, ${e.plan['Shared Read Blocks'] ?? 0} read`,
    }));
}

function balancedObject(text: string, start: number): string | null {
  if (start < 0) return null;
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return text.slice(start, i + 1);
  }
  return null;
}

// The plan's nodes in one line, outermost first, with each scan's index and actual rows.
function describePlan(plan: any): string {
  const parts: string[] = [];
  const walk = (node: any) => {
    const index = node['Index Name'] ? ` ${node['Index Name']}` : node['Relation Name'] ? ` ${node['Relation Name']}` : '';
    parts.push(
      `${node['Node Type']}${index} (${node['Actual Rows'] ?? '?'} rows, ${Number(node['Actual Total Time'] ?? 0).toFixed(3)} ms)`,
    );
    for (const child of node.Plans ?? []) walk(child);
  };
  walk(plan);
  return parts.join(' → ');
}
