import type { Logger as TypeOrmLogger } from 'typeorm';
import { requestContext } from '../common/request-context.js';

// Counts the SQL statements of each request (for the per-request query budget that tests
// and the benchmark check); everything else TypeORM would log is left to the error path.
export class QueryCountingLogger implements TypeOrmLogger {
  logQuery(): void {
    const store = requestContext.current();
    if (store) store.sqlQueries = (store.sqlQueries ?? 0) + 1;
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
