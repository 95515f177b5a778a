import { GraphQLSchemaHost } from '@nestjs/graphql';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';

// The same graphql build as Nest's (CommonJS): schema objects do not cross module realms.
const graphql = createRequire(import.meta.url)('graphql') as typeof import('graphql');
const { isEnumType, isInputObjectType, isInterfaceType, isObjectType, isScalarType, isSpecifiedScalarType } = graphql;

type Schema = import('graphql').GraphQLSchema;

// Every element a client developer meets in the schema, as `Type`, `Type.field`,
// `Type.field(arg)` or `Enum.VALUE`, that has no description. Introspection types and
// GraphQL's standard scalars (String, Int, Float, Boolean, ID) are described by the spec.
function undescribed(schema: Schema): string[] {
  const missing: string[] = [];
  const check = (path: string, description: string | null | undefined) => {
    if (!description?.trim()) missing.push(path);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || (isScalarType(type) && isSpecifiedScalarType(type))) continue;
    // The root types are named by the spec; their fields (the operations) are what needs words.
    const isRoot = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].includes(type as never);
    if (!isRoot) check(type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        check(`${type.name}.${field.name}`, field.description);
        for (const arg of field.args) check(`${type.name}.${field.name}(${arg.name})`, arg.description);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) check(`${type.name}.${field.name}`, field.description);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) check(`${type.name}.${value.name}`, value.description);
    }
  }
  return missing.sort();
}

describe('descriptions in the served schema', () => {
  let t: TestApp;
  let schema: Schema;
  beforeAll(async () => {
    t = await createTestApp();
    schema = t.app.get(GraphQLSchemaHost).schema;
  });
  afterAll(() => t.close());

  it('describes every type, field, argument and enum value we define', () => {
    expect(undescribed(schema)).toEqual([]);
  });

  it('would report an element without a description', () => {
    // The check itself: a schema with one bare field, one bare argument and one bare enum value.
    const bare = graphql.buildSchema(`
      """Root."""
      type Query {
        """Described."""
        ok(
          """Described."""
          a: Int
          b: Int
        ): Colour
        bare: Int
      }
      """Colours."""
      enum Colour {
        """Red."""
        RED
        BLUE
      }
    `);
    expect(undescribed(bare)).toEqual(['Colour.BLUE', 'Query.bare', 'Query.ok(b)']);
  });
});
