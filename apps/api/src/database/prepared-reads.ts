import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type pg from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import { requestContext } from '../common/request-context.js';

// The hot reads (listings, thread pages) go to PostgreSQL as named prepared statements, straight
// through the pool TypeORM opened: each connection parses and plans a statement once instead of
// on every request, which is most of these statements' cost. Statements are named by their
// text, so a name can never stand for two texts. Writes and transactions stay on TypeORM.
@Injectable()
export class PreparedReads {
  private readonly names = new Map<string, string>();

  constructor(private readonly db: DataSource) {}

  async rows<T = Record<string, any>>(text: string, values: unknown[]): Promise<T[]> {
    const store = requestContext.current();
    if (store) store.sqlQueries = (store.sqlQueries ?? 0) + 1;
    const pool = (this.db.driver as PostgresDriver).master as pg.Pool;
    const result = await pool.query({ name: this.nameOf(text), text, values });
    return result.rows as T[];
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
