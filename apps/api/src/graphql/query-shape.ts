import { createRequire } from 'node:module';
import type { DocumentNode, SelectionSetNode } from 'graphql';
import type { NextFunction, Request, Response } from 'express';
import { LRUCache } from 'lru-cache';
import { answerProtocolError } from '../common/transport-errors.js';
import { MAX_TOKENS } from './query-limits.js';

const { parse, visit } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

// graphql-js's check that same-named fields can be merged compares every pair of them, and
// their sub-selections pair by pair: 400 copies of `boards { id }` took 0.4 s of validation.
// Legitimate queries repeat a field a few times (fragments of several components each asking
// for it); more than this, with sub-selections, in one selection set is refused before
// validation starts.
export const MAX_REPEATED_SELECTIONS = 8;

export function repeatsTooMuch(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    SelectionSet(node: SelectionSetNode) {
      const counts = new Map<string, number>();
      for (const selection of node.selections) {
        if (selection.kind !== 'Field' || !selection.selectionSet) continue;
        const key = selection.alias?.value ?? selection.name.value;
        const count = (counts.get(key) ?? 0) + 1;
        counts.set(key, count);
        if (count > MAX_REPEATED_SELECTIONS) {
          found = true;
          return false;
        }
      }
      return undefined;
    },
  });
  return found;
}

// Verdicts by query text: the same few queries arrive over and over.
const verdicts = new LRUCache<string, boolean>({ max: 2000 });

// Before Apollo: a query whose validation alone would be costly is refused as too complex.
// A query that does not parse goes on, for Apollo to answer as a parse error.
export function queryShapeMiddleware(req: Request, res: Response, next: NextFunction): void {
  const source = (req.method === 'GET' ? req.query?.query : (req.body as { query?: unknown } | undefined)?.query) as unknown;
  if (typeof source !== 'string') return next();
  let refused = verdicts.get(source);
  if (refused === undefined) {
    try {
      refused = repeatsTooMuch(parse(source, { noLocation: true, maxTokens: MAX_TOKENS }));
    } catch {
      refused = false;
    }
    if (source.length <= 20_000) verdicts.set(source, refused);
  }
  if (refused) return answerProtocolError(req, res, 400, 'QUERY_TOO_COMPLEX');
  next();
}
