// A small language for access rules, so that each rule is written once and yields both the
// in-memory predicate (for a row already read) and the SQL filter (for a listing or a page):
// the two can no longer disagree. A condition speaks of facts of a thread and its post; the
// viewer's own facts (id, languages) are constants inside it.

export type Fact = 'thread.state' | 'thread.private' | 'thread.authorId' | 'thread.locale' | 'post.state' | 'post.authorId' | 'post.number';

export type Facts = Partial<Record<Fact, string | number | boolean>>;

export type Condition =
  | { op: 'const'; value: boolean }
  | { op: 'in'; fact: Fact; values: readonly (string | number | boolean)[] }
  | { op: 'and' | 'or'; of: Condition[] }
  | { op: 'not'; of: Condition };

export const TRUE: Condition = { op: 'const', value: true };
export const FALSE: Condition = { op: 'const', value: false };

export const is = (fact: Fact, value: string | number | boolean): Condition => ({ op: 'in', fact, values: [value] });
export const isOneOf = (fact: Fact, values: readonly (string | number | boolean)[]): Condition =>
  values.length === 0 ? FALSE : { op: 'in', fact, values };
export const not = (of: Condition): Condition => ({ op: 'not', of });
export const and = (...of: Condition[]): Condition => ({ op: 'and', of });
export const or = (...of: Condition[]): Condition => ({ op: 'or', of });

// Substitutes what is known and folds constants. With every fact a condition names known, the
// result is TRUE or FALSE: that is the in-memory predicate. With some known (a board's language,
// a thread already read), what is left is the SQL a page needs, and no more.
export function simplify(condition: Condition, known: Facts): Condition {
  switch (condition.op) {
    case 'const':
      return condition;
    case 'in': {
      if (!(condition.fact in known)) return condition;
      return condition.values.includes(known[condition.fact]!) ? TRUE : FALSE;
    }
    case 'not': {
      const inner = simplify(condition.of, known);
      return inner.op === 'const' ? { op: 'const', value: !inner.value } : not(inner);
    }
    case 'and':
    case 'or': {
      const absorbing = condition.op === 'or';
      const kept: Condition[] = [];
      for (const part of condition.of) {
        const simple = simplify(part, known);
        if (simple.op === 'const') {
          if (simple.value === absorbing) return simple;
          continue;
        }
        if (simple.op === condition.op) kept.push(...simple.of);
        else kept.push(simple);
      }
      if (kept.length === 0) return { op: 'const', value: !absorbing };
      const merged = condition.op === 'and' ? mergeSets(kept) : kept;
      return merged.length === 1 ? merged[0] : { op: condition.op, of: merged };
    }
  }
}

// In a conjunction, `x IN (a, b) AND NOT x IN (b)` is `x IN (a)`: one test per fact, which also
// reads better in a plan. A fact left with no value makes the whole conjunction FALSE.
function mergeSets(parts: Condition[]): Condition[] {
  const allowed = new Map<Fact, (string | number | boolean)[]>();
  for (const part of parts) {
    if (part.op !== 'in') continue;
    const earlier = allowed.get(part.fact);
    allowed.set(part.fact, earlier ? earlier.filter((v) => part.values.includes(v)) : [...part.values]);
  }
  if (allowed.size === 0) return parts;
  for (const part of parts) {
    if (part.op === 'not' && part.of.op === 'in' && allowed.has(part.of.fact)) {
      const excluded = part.of.values;
      allowed.set(
        part.of.fact,
        allowed.get(part.of.fact)!.filter((v) => !excluded.includes(v)),
      );
    }
  }
  const merged: Condition[] = [];
  const emitted = new Set<Fact>();
  for (const part of parts) {
    const fact = part.op === 'in' ? part.fact : part.op === 'not' && part.of.op === 'in' ? part.of.fact : null;
    if (fact === null || !allowed.has(fact)) {
      merged.push(part);
    } else if (!emitted.has(fact)) {
      emitted.add(fact);
      const values = allowed.get(fact)!;
      if (values.length === 0) return [FALSE];
      merged.push({ op: 'in', fact, values });
    }
  }
  return merged;
}

export class UnknownFactError extends Error {}

export function holdsFor(condition: Condition, facts: Facts): boolean {
  const result = simplify(condition, facts);
  if (result.op !== 'const') throw new UnknownFactError(`the rule needs facts that were not given: ${JSON.stringify(result)}`);
  return result.value;
}

// Where each fact lives in a statement: a column expression per fact it may name.
export type ColumnMap = Partial<Record<Fact, string>>;

// Values that decide which partial index applies (states, booleans, numbers) are written as
// literals so the planner can prove the index's predicate, also for a generic plan; the viewer's
// id and languages are parameters appended to `params`.
export function toSql(condition: Condition, columns: ColumnMap, params: unknown[]): string {
  switch (condition.op) {
    case 'const':
      return condition.value ? 'TRUE' : 'FALSE';
    case 'not':
      return `NOT (${toSql(condition.of, columns, params)})`;
    case 'and':
    case 'or':
      return `(${condition.of.map((part) => toSql(part, columns, params)).join(condition.op === 'and' ? ' AND ' : ' OR ')})`;
    case 'in': {
      const column = columns[condition.fact];
      if (!column) throw new UnknownFactError(`no column for ${condition.fact}`);
      const [first] = condition.values;
      if (typeof first === 'boolean') {
        return condition.values.length === 1 ? (first ? column : `NOT ${column}`) : 'TRUE';
      }
      if (typeof first === 'number') return `${column} IN (${condition.values.join(', ')})`;
      if (LITERAL_FACTS.has(condition.fact)) return `${column} IN (${condition.values.map((v) => `'${String(v)}'`).join(', ')})`;
      params.push(condition.values.length === 1 ? first : condition.values);
      return condition.values.length === 1 ? `${column} = $${params.length}` : `${column} = ANY($${params.length}::text[])`;
    }
  }
}

// Facts whose values come from a closed set in the code, never from a request.
const LITERAL_FACTS = new Set<Fact>(['thread.state', 'post.state']);
