import { createRequire } from 'node:module';
import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';

// The same graphql build Apollo uses (CommonJS): its type checks are instanceof checks.
const { getArgumentValues, getNamedType, isObjectType } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

// The arguments of each selection of a field of the object being resolved, as the field's
// resolver would receive them (fragments and variables followed). A resolver reads ahead with
// it to fetch what a child field will ask for in the same statement; the child must still
// check that what was fetched is what it was asked for.
export function childFieldArguments(info: GraphQLResolveInfo, fieldName: string): Record<string, unknown>[] {
  const type = getNamedType(info.returnType);
  const field = isObjectType(type) ? type.getFields()[fieldName] : undefined;
  if (!field) return [];
  const found: Record<string, unknown>[] = [];
  const visit = (selectionSet: SelectionSetNode | undefined) => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === 'Field' && selection.name.value === fieldName)
        found.push(getArgumentValues(field, selection, info.variableValues));
      else if (selection.kind === 'InlineFragment') visit(selection.selectionSet);
      else if (selection.kind === 'FragmentSpread') visit(info.fragments[selection.name.value]?.selectionSet);
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet);
  return found;
}
