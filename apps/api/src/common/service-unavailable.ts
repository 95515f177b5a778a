// A database that is down, unreachable, restarting or too slow is an outage, not a bug and not
// the caller's fault: the request may be retried as it is, and no session is at fault.

// How long clients are asked to wait before retrying (Retry-After and `retryAfterSeconds`).
export const RETRY_AFTER_SECONDS = 5;

// Node's socket errors when the server cannot be reached.
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EPIPE',
  'EAI_AGAIN',
]);

// SQLSTATEs of an unavailable or overloaded server: class 08 (connection exception), 57
// (operator intervention: shutdown, cancelled by statement_timeout), 53300 (too many
// connections), 3D000 (the database is gone), 25P03 (idle_in_transaction_session_timeout).
const UNAVAILABLE_SQLSTATES = /^(08...|57...|53300|53400|3D000|25P03)$/;

// What pg and its pool say when a connection breaks or a client-side timeout fires.
const DRIVER_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Query read timeout|Client has encountered a connection error|Connection ended unexpectedly|the database system is (starting up|shutting down|in recovery mode)/i;

export function isServiceUnavailable(error: unknown, depth = 0): boolean {
  if (!(error instanceof Error) || depth > 3) return false;
  const { code } = error as { code?: unknown };
  if (typeof code === 'string' && (NETWORK_CODES.has(code) || UNAVAILABLE_SQLSTATES.test(code))) return true;
  if (DRIVER_MESSAGES.test(error.message)) return true;
  // TypeORM wraps the driver's error; AggregateError carries one per address tried.
  const { driverError, cause, errors } = error as { driverError?: unknown; cause?: unknown; errors?: unknown };
  if (Array.isArray(errors) && errors.some((inner) => isServiceUnavailable(inner, depth + 1))) return true;
  return isServiceUnavailable(driverError, depth + 1) || isServiceUnavailable(cause, depth + 1);
}
