import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { auditServer, type AuditResult } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';

// Where the API deliberately differs from a SHOULD or MAY of the GraphQL over HTTP spec
// (documented in the README, "GraphQL over HTTP").
const DELIBERATE = {
  // A request that is not valid GraphQL is the client's bug: HTTP 400 whatever it accepts,
  // never 200, so that it is never mistaken for an answer (also for application/json).
  '572B': 'SHOULD use 200 status code on document parsing failure when accepting application/json',
  FDE2: 'SHOULD use 200 status code on document validation failure when accepting application/json',
  '7B9B': 'SHOULD use a status code of 200 on variable coercion failure when accepting application/json',
  // GET without a JSON content type or a preflight header is refused as possible CSRF.
  '5A70': 'MAY accept application/x-www-form-urlencoded formatted GET requests',
  D6D5: 'MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/graphql-response+json',
  '6A70': 'MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/json',
};

// graphql-http's audit of a GraphQL over HTTP server, against the real application.
describe('GraphQL over HTTP (graphql-http audit)', () => {
  let t: TestApp;
  let results: AuditResult[];
  beforeAll(async () => {
    t = await createTestApp();
    await t.app.listen(0, '127.0.0.1');
    const { port } = (t.app.getHttpServer() as Server).address() as AddressInfo;
    results = await auditServer({ url: `http://127.0.0.1:${port}/graphql` });
  });
  afterAll(() => t.close());

  const describeFailure = async (r: AuditResult) =>
    r.status === 'ok' ? r.name : `${r.id} ${r.name}: ${r.reason}, got ${r.response.status} ${await r.response.clone().text()}`;

  it('passes every MUST', async () => {
    const musts = results.filter((r) => r.name.startsWith('MUST'));
    expect(musts.length).toBeGreaterThanOrEqual(13);
    expect(await Promise.all(musts.filter((r) => r.status !== 'ok').map(describeFailure))).toEqual([]);
  });

  it('passes every SHOULD and MAY but those it differs from on purpose', async () => {
    const differing = results.filter((r) => r.status !== 'ok' && !r.name.startsWith('MUST'));
    expect(Object.fromEntries(differing.map((r) => [r.id, r.name]))).toEqual(DELIBERATE);
  });

  it('answers the deliberate differences as documented', async () => {
    for (const r of results.filter((x) => x.id in DELIBERATE)) {
      if (r.status === 'ok') continue;
      const body = (await r.response.clone().json()) as { errors: { extensions: { code: string } }[] };
      expect(r.response.status).toBe(400);
      expect(body.errors[0].extensions.code).toMatch(r.name.startsWith('MAY') ? /^CSRF_PREVENTED$/ : /^GRAPHQL_(PARSE|VALIDATION)_FAILED$/);
    }
  });
});
