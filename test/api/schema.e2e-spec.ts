import { readFileSync, writeFileSync } from 'node:fs';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';

// The same graphql build as Nest's (CommonJS): schema objects do not cross module realms.
const { buildSchema, lexicographicSortSchema, printSchema } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

const SCHEMA_FILE = 'apps/api/schema.gql';
// The public API contract the clients were promised, kept with the tests that hold the schema to it.
const CONTRACT_FILE = 'test/api/contract.graphql';

// The schema is code-first; its printed form is committed so that clients generate types from
// it and reviews see every API change. `npm run schema:write` refreshes the file.
describe('the GraphQL schema', () => {
  let t: TestApp;
  let printed: string;
  beforeAll(async () => {
    t = await createTestApp();
    printed = `${printSchema(lexicographicSortSchema(t.app.get(GraphQLSchemaHost).schema))}\n`;
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(SCHEMA_FILE, printed);
  });
  afterAll(() => t.close());

  it('matches the committed schema.gql', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(printed);
  });

  it('uses the contract’s types for every contract field it implements', () => {
    const contract = buildSchema(readFileSync(CONTRACT_FILE, 'utf8'));
    const ours = buildSchema(printed);
    const mismatches: string[] = [];
    for (const type of Object.values(contract.getTypeMap())) {
      const mine = ours.getType(type.name);
      if (type.name.startsWith('__') || !mine || !('getFields' in type) || !('getFields' in mine)) continue;
      const fields = (mine as { getFields(): Record<string, { type: unknown; args?: { name: string; type: unknown }[] }> }).getFields();
      for (const field of Object.values(type.getFields())) {
        const own = fields[field.name];
        if (!own) continue;
        if (String(own.type).replace(/!/g, '') !== String(field.type).replace(/!/g, ''))
          mismatches.push(`${type.name}.${field.name}: ${own.type} vs ${field.type}`);
        for (const arg of 'args' in field ? field.args : []) {
          const ownArg = own.args?.find((a) => a.name === arg.name);
          if (!ownArg) mismatches.push(`${type.name}.${field.name}(${arg.name}) missing`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });
});
