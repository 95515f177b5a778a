import { createRequire } from 'node:module';
import type {
  FragmentDefinitionNode,
  GraphQLField,
  GraphQLNamedType,
  GraphQLSchema,
  OperationDefinitionNode,
  SelectionSetNode,
} from 'graphql';
import { clampPageSize } from '../common/cursor.js';

// The same graphql build Apollo uses (CommonJS): its type checks are instanceof checks.
const { getArgumentValues, getNamedType, getNullableType, isLeafType, isListType, isObjectType, isInterfaceType } = createRequire(
  import.meta.url,
)('graphql') as typeof import('graphql');

// What one request may cost, in the units below.
export const MAX_QUERY_COST = 5000;

// Every object the answer holds costs one; every connection costs a page read (and, nested in
// a list, one read per parent row). A connection's page size multiplies what is under its
// nodes and edges, clamped as its resolver clamps `first`; a plain list of objects (boards,
// signals) is counted at a typical length.
const OBJECT_COST = 1;
const CONNECTION_COST = 10;
const LIST_LENGTH = 20;

export interface CostInput {
  schema: GraphQLSchema;
  operation: OperationDefinitionNode;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

export function queryCost({ schema, operation, fragments, variables }: CostInput): number {
  const root =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  if (!root) return 0;

  const pageSize = (field: GraphQLField<unknown, unknown>, node: Parameters<typeof getArgumentValues>[1]): number | undefined => {
    if (!field.args.some((arg) => arg.name === 'first' || arg.name === 'last')) return undefined;
    let args: Record<string, unknown>;
    try {
      args = getArgumentValues(field, node, variables);
    } catch {
      // Invalid values are refused by execution; count them at the largest page.
      return clampPageSize(Number.MAX_SAFE_INTEGER);
    }
    return clampPageSize((args.first ?? args.last) as number | null | undefined);
  };

  // `listLength`: how many items each list directly under this selection holds.
  const walk = (selectionSet: SelectionSetNode, type: GraphQLNamedType, multiplier: number, listLength: number): number => {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === 'InlineFragment') {
        const condition = selection.typeCondition ? (schema.getType(selection.typeCondition.name.value) ?? type) : type;
        cost += walk(selection.selectionSet, condition, multiplier, listLength);
        continue;
      }
      if (selection.kind === 'FragmentSpread') {
        const fragment = fragments[selection.name.value];
        if (fragment)
          cost += walk(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value) ?? type, multiplier, listLength);
        continue;
      }
      if (!selection.selectionSet || !(isObjectType(type) || isInterfaceType(type))) continue;
      const field = type.getFields()[selection.name.value];
      if (!field) continue;
      const child = getNamedType(field.type);
      if (isLeafType(child)) continue;
      const page = pageSize(field, selection);
      if (page !== undefined) {
        cost += multiplier * CONNECTION_COST + walk(selection.selectionSet, child, multiplier, page);
      } else if (isListType(getNullableType(field.type))) {
        cost += multiplier * OBJECT_COST + walk(selection.selectionSet, child, multiplier * listLength, LIST_LENGTH);
      } else {
        cost += multiplier * OBJECT_COST + walk(selection.selectionSet, child, multiplier, LIST_LENGTH);
      }
    }
    return cost;
  };
  return walk(operation.selectionSet, root, 1, LIST_LENGTH);
}
