import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../../apps/api/src/bootstrap.js';
import { loadConfig } from '../../apps/api/src/config/app-config.js';
import { Factory } from './factory.js';
import { createTestDatabase } from './test-database.js';

export interface GqlOptions {
  as?: { token: string } | null;
  lang?: string;
  headers?: Record<string, string>;
}

export interface GqlResult<T = any> {
  status: number;
  data: T;
  errors?: { message: string; extensions: Record<string, any>; path?: string[] }[];
  sqlQueries: number;
  headers: Record<string, string>;
}

export interface TestApp {
  app: INestApplication;
  databaseUrl: string;
  db: DataSource;
  factory: Factory;
  http(): ReturnType<typeof request>;
  gql<T = any>(query: string, variables?: Record<string, unknown>, options?: GqlOptions): Promise<GqlResult<T>>;
  close(): Promise<void>;
}

// The real application on its own database, driven over HTTP: no mocked services.
// With `sameDatabaseAs`, a second instance of the API on the first one's database: what
// several instances behind a load balancer share.
// With `connectVia`, the app reaches its database through that address instead (a proxy).
export async function createTestApp(
  env: Record<string, string> = {},
  options: { sameDatabaseAs?: TestApp; connectVia?: (url: string) => Promise<string> } = {},
): Promise<TestApp> {
  const database = options.sameDatabaseAs
    ? { url: options.sameDatabaseAs.databaseUrl, drop: async () => undefined }
    : await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'error',
    EXPOSE_SQL_QUERY_COUNT: '1',
    BEACON_DEMO: '0',
    // Factories write rows directly, past the services that invalidate cached pages; the
    // cache has its own suite.
    ANONYMOUS_CACHE_SECONDS: '0',
    // Suites post many times a second; the limits have their own suite (rate-limits.e2e-spec.ts).
    BEACON_RATE_LIMITS: 'off',
    REDIS_PREFIX: `${new URL(database.url).pathname.slice(1)}:`,
    ...env,
  });
  const app = await createApp(
    Object.assign(config, { DATABASE_URL: options.connectVia ? await options.connectVia(database.url) : database.url }),
  );
  await app.init();
  const server = app.getHttpServer();
  const db = app.get(DataSource);

  const gql = async <T>(query: string, variables: Record<string, unknown> = {}, options: GqlOptions = {}): Promise<GqlResult<T>> => {
    let req = request(server)
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('accept-language', options.lang ?? 'en');
    if (options.as) req = req.set('authorization', `Bearer ${options.as.token}`);
    for (const [name, value] of Object.entries(options.headers ?? {})) req = req.set(name, value);
    const res = await req.send({ query, variables });
    return {
      status: res.status,
      data: res.body.data,
      errors: res.body.errors,
      sqlQueries: Number(res.headers['x-sql-queries'] ?? -1),
      headers: res.headers,
    };
  };

  return {
    app,
    databaseUrl: database.url,
    db,
    factory: new Factory(app),
    http: () => request(server),
    gql,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}

// The single error of a response, for assertions on its code and fields.
export function errorOf(result: GqlResult): { code: string; message: string; fields?: Record<string, string>; [k: string]: any } {
  if (!result.errors?.length) throw new Error(`expected an error, got data ${JSON.stringify(result.data)}`);
  const [error] = result.errors;
  return { ...error.extensions, code: error.extensions.code, message: error.message };
}
