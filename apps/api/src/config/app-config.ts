import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsString, Max, Min, MinLength, validateSync } from 'class-validator';

const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));
const toBool = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : !['0', 'false', 'no', 'off'].includes(String(value).toLowerCase());
const toList = ({ value }: { value: unknown }) =>
  value === undefined || value === ''
    ? undefined
    : String(value)
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean);

const DEV_SECRET = 'beacon-development-secret-change-me';

// The whole configuration, validated once at boot: features read this class, never process.env.
export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  // Unset: the API starts an embedded PostgreSQL with its data under EMBEDDED_PG_DIR.
  @IsOptional()
  @IsString()
  DATABASE_URL?: string;

  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(65535)
  EMBEDDED_PG_PORT = 54329;

  @IsString()
  EMBEDDED_PG_DIR = '.data/postgres';

  // Unset: rate-limit counters and pub/sub stay in this process (one instance only).
  @IsOptional()
  @IsString()
  REDIS_URL?: string;

  // Namespaces every key, so that deployments (or test runs) can share one Redis.
  @IsString()
  REDIS_PREFIX = 'beacon:';

  @IsString()
  @MinLength(32)
  JWT_SECRET = DEV_SECRET;

  // Encrypts TOTP secrets at rest (AES-256-GCM, key derived from this value).
  @IsString()
  @MinLength(32)
  TOTP_ENCRYPTION_KEY = DEV_SECRET;

  @Transform(toInt)
  @IsInt()
  @Min(60)
  @Max(86_400)
  ACCESS_TOKEN_TTL_SECONDS = 900;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(365)
  REFRESH_TOKEN_TTL_DAYS = 30;

  // A refresh token already rotated still works this long (two tabs refreshing at once).
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(300)
  REFRESH_REUSE_GRACE_SECONDS = 30;

  @Transform(toBool)
  @IsBoolean()
  BEACON_DEMO = true;

  // Visitors' GraphQL reads are served from memory for up to this long, unless a write to what
  // they show arrives first (0 turns the cache off). Signed-in requests are never cached.
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(3600)
  ANONYMOUS_CACHE_SECONDS = 30;

  // Memory for cached responses (gzipped bodies counted exactly, kept outside the V8 heap):
  // 32 MB is about 14,000 thread pages of 20 replies.
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(4096)
  ANONYMOUS_CACHE_MB = 32;

  // Domain events (events/): relays wake on NOTIFY when an event commits, and poll this often
  // besides, in case a notification was missed; events are kept this long, then pruned.
  @Transform(toInt)
  @IsInt()
  @Min(50)
  @Max(60_000)
  EVENT_POLL_MS = 1000;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(8760)
  EVENT_RETENTION_HOURS = 72;

  // Reports a user may file per hour (RATE_LIMITED beyond; off with BEACON_RATE_LIMITS=off).
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(10_000)
  REPORTS_PER_HOUR = 20;

  // The summed trust weight of distinct reporters that hides a post until a moderator decides
  // (moderation/trust.ts: three ordinary users, or one trusted user reporting a scam).
  @Transform(toInt)
  @IsNumber()
  @Min(0.5)
  @Max(100)
  AUTO_HIDE_WEIGHT = 3;

  @IsString()
  BRAND_NAME = 'OKX';

  // Words nobody but staff may use in a handle, and names the scam guard treats as the brand.
  @Transform(toList)
  @IsString({ each: true })
  BRAND_NAMES: string[] = ['okx', 'okex', '欧易'];

  @Transform(toList)
  @IsString({ each: true })
  OFFICIAL_DOMAINS: string[] = ['okx.com'];

  // Accounts younger than this cannot post links to domains that are not allowed (held).
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(8760)
  NEW_ACCOUNT_HOURS = 72;

  // The login throttle (auth/login-throttle.ts). Failed logins to one account from one address:
  // after this many within the window, that address is refused for the window, twice as long
  // at each further lockout within a day (15 min, 30 min, 1 h, ... at most a day).
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  LOGIN_FAILURES_PER_ACCOUNT = 5;

  // Failed logins to one account from all addresses together, per hour: a guess spread over
  // many addresses still slows down.
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100_000)
  LOGIN_FAILURES_PER_ACCOUNT_HOURLY = 50;

  // Failed logins from one address, to any accounts, within the window.
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(10_000)
  LOGIN_FAILURES_PER_IP = 30;

  @Transform(toInt)
  @IsInt()
  @Min(10)
  @Max(86_400)
  LOGIN_THROTTLE_WINDOW_SECONDS = 900;

  // Password hashes (argon2id, 64 MiB each) computed at once; further logins and
  // registrations wait their turn. About the number of cores.
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(64)
  PASSWORD_HASH_CONCURRENCY = 2;

  // Posting, registration and query limits (modules/rate-limits); `off` for load tests and
  // black-box harnesses. The login throttle stays on regardless.
  @Transform(toBool)
  @IsBoolean()
  BEACON_RATE_LIMITS = true;

  // Which proxies in front of the API are believed when they say who the client is
  // (X-Forwarded-For): "loopback" (default), a number of hops, or addresses and subnets
  // separated by commas ("10.0.0.0/8,172.16.0.0/12"); "false" believes none.
  @IsString()
  TRUST_PROXY = 'loopback';

  get trustProxy(): boolean | number | string[] {
    const value = this.TRUST_PROXY.trim();
    if (['false', '0', 'off', 'none', ''].includes(value.toLowerCase())) return false;
    if (/^\d+$/.test(value)) return Number(value);
    return value
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean);
  }

  // Against a hung or unreachable database (see database/data-source-options.ts): how long to
  // wait for a connection, for one statement, and for a transaction left idle.
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(60_000)
  DB_CONNECT_TIMEOUT_MS = 3000;

  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(600_000)
  DB_STATEMENT_TIMEOUT_MS = 10_000;

  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(600_000)
  DB_IDLE_IN_TRANSACTION_TIMEOUT_MS = 30_000;

  // Against slow clients: the whole request head, and the whole request, must arrive within these.
  @Transform(toInt)
  @IsInt()
  @Min(1000)
  @Max(600_000)
  HTTP_HEADERS_TIMEOUT_MS = 10_000;

  @Transform(toInt)
  @IsInt()
  @Min(1000)
  @Max(600_000)
  HTTP_REQUEST_TIMEOUT_MS = 30_000;

  // An idle kept-alive connection is closed after this long (longer than a proxy's own, so
  // the proxy closes first and never reuses a connection the API is closing).
  @Transform(toInt)
  @IsInt()
  @Min(1000)
  @Max(600_000)
  HTTP_KEEP_ALIVE_TIMEOUT_MS = 65_000;

  // Texts longer than this are scanned by the scam guard in worker threads, off the event loop
  // (modules/scam-guard/scan-pool.ts); shorter ones at once. SCAN_WORKERS threads.
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(100_000)
  SCAN_INLINE_MAX_CHARS = 2000;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(16)
  SCAN_WORKERS = 1;

  // Adds x-sql-queries to GraphQL responses: for tests and the benchmark, not production.
  @Transform(toBool)
  @IsBoolean()
  EXPOSE_SQL_QUERY_COUNT = false;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }
}

export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const names = new Set([...Object.keys(new AppConfig()), 'DATABASE_URL', 'REDIS_URL']);
  const known = Object.fromEntries(Object.entries(env).filter(([name, value]) => names.has(name) && value !== undefined));
  const config = plainToInstance(AppConfig, known, { excludeExtraneousValues: false });
  const errors = validateSync(config, { whitelist: false });
  if (errors.length > 0) {
    const lines = errors.map((e) => `${e.property}: ${Object.values(e.constraints ?? {}).join(', ')}`);
    throw new Error(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  // The demo accounts' passwords and 2FA secrets are public (README): never by default in production.
  if (config.isProduction && known.BEACON_DEMO === undefined) config.BEACON_DEMO = false;
  if (config.isProduction && (config.JWT_SECRET === DEV_SECRET || config.TOTP_ENCRYPTION_KEY === DEV_SECRET)) {
    throw new Error('Invalid configuration: set JWT_SECRET and TOTP_ENCRYPTION_KEY in production');
  }
  return config;
}
