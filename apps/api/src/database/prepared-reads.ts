import { createHash } from 'node:crypto';
import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import pg from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDataSourceOptions } from 'typeorm/driver/postgres/PostgresDataSourceOptions.js';
import { requestContext } from '../common/request-context.js';

const READ_POOL_SIZE = 10;

// The hot reads (listings, thread pages) go to PostgreSQL as named prepared statements: each
// connection parses a statement once instead of on every request. Statements are named by
// their text, so a name can never stand for two texts.
//
// They run on a pool of their own whose sessions always use the statement's generic plan.
// PostgreSQL would otherwise keep re-planning some of them on every execution: a lookup by
// `id = ANY($1::uuid[])` is costed for ten ids in the generic plan, so the one-id custom plan
// always looks cheaper and planning (0.4 ms) costs four times the execution (0.1 ms). Every
// statement sent here is written for an index path that does not depend on its parameter
// values (a test checks their generic plans). Writes and transactions stay on TypeORM's pool.
@Injectable()
export class PreparedReads implements OnApplicationShutdown {
  private readonly names = new Map<string, string>();
  private readonly pool: pg.Pool;

  constructor(db: DataSource) {
    const options = db.options as PostgresDataSourceOptions;
    // The same timeouts as the application's pool (data-source-options.ts), so that a hung
    // database fails these reads too instead of holding them.
    const { max: _, ...timeouts } = (options.extra ?? {}) as Record<string, number>;
    this.pool = new pg.Pool({
      ...timeouts,
      connectionString: options.url,
      max: READ_POOL_SIZE,
      options: '-c plan_cache_mode=force_generic_plan',
    });
    // An idle connection the server closed is dropped by the pool; it must not crash the process.
    this.pool.on('error', () => undefined);
  }

  async rows<T = Record<string, any>>(text: string, values: unknown[]): Promise<T[]> {
    const store = requestContext.current();
    if (store) store.sqlQueries = (store.sqlQueries ?? 0) + 1;
    const result = await this.pool.query({ name: this.nameOf(text), text, values });
    return result.rows as T[];
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool.end();
  }

  private nameOf(text: string): string {
    let name = this.names.get(text);
    if (!name) {
      name = `r_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
      this.names.set(text, name);
    }
    return name;
  }
}
