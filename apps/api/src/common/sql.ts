// node-postgres surfaces PostgreSQL's SQLSTATE and the violated constraint's name; TypeORM
// wraps the error but keeps both on the driver error.
interface PgError {
  code?: string;
  constraint?: string;
  driverError?: PgError;
}

export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const pg = ((error as PgError)?.driverError ?? error) as PgError;
  return pg?.code === '23505' && (constraint === undefined || pg.constraint === constraint);
}

// SQLSTATE class 22: a value PostgreSQL cannot take as its type (a bad timestamp, uuid, integer…).
export function isDataException(error: unknown): boolean {
  const pg = ((error as PgError)?.driverError ?? error) as PgError;
  return typeof pg?.code === 'string' && pg.code.startsWith('22');
}

// TypeORM answers an UPDATE … RETURNING with [rows, rowCount]; other statements with rows.
export function returnedRows<T = Record<string, any>>(result: unknown): T[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0];
  return result as T[];
}
