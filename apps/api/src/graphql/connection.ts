import type { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { encodeCursor, type CursorValue, type Page } from '../common/cursor.js';

@ObjectType('PageInfo', { description: 'Where a page of a cursor connection sits in its list, and the cursors to read on from its ends.' })
export class PageInfoType {
  @Field({ description: 'Whether rows come after this page: pass `endCursor` as `after` to read them.' }) hasNextPage: boolean;
  @Field(() => String, { nullable: true, description: 'The cursor of the last row of the page, for `after`; null when the page is empty.' })
  endCursor: string | null;
  @Field({ description: 'Whether rows come before this page (paging backwards with last/before, or a page that starts in the middle).' })
  hasPreviousPage: boolean;
  @Field(() => String, {
    nullable: true,
    description: 'The cursor of the first row of the page, for `before`; null when the page is empty.',
  })
  startCursor: string | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfoType;
  // A getter over a query: it runs only when the client asks for totalCount.
  readonly totalCount: number | Promise<number>;
}

// The description of a connection type: what its rows are ("threads", "review items").
export const connectionDescription = (rows: string) =>
  `A page of ${rows} (a Relay cursor connection), in the order of the field that returns it. Cursors are opaque: pass them back as they are.`;

// `rows`: what one row is, in the plural, for the descriptions ("threads", "review items").
export function ConnectionType<T>(node: Type<T>, name: string, rows: string) {
  @ObjectType(`${name}Edge`, { description: `One of the ${rows} of a page, with its cursor.` })
  class Edge {
    @Field({ description: 'The position of this row, for `after` (or `before`, where the field takes it).' }) cursor: string;
    @Field(() => node, { description: 'The row itself.' }) node: T;
  }

  @ObjectType(`${name}Connection`, { description: connectionDescription(rows) })
  class ConnectionClass implements Connection<T> {
    @Field(() => [Edge], {
      description: 'The rows of the page with their cursors. Use `nodes` when only the last cursor (`pageInfo.endCursor`) is needed.',
    })
    edges: Edge[];
    @Field(() => [node], { description: 'The rows of the page, in order.' }) nodes: T[];
    @Field(() => PageInfoType, { description: 'Whether more rows come before or after this page, and the cursors to read them.' })
    pageInfo: PageInfoType;
    @Field(() => Int, {
      description: `How many ${rows} the whole list holds for the viewer, over all pages; counted only when asked for. Long lists stop counting at 10,000.`,
    })
    totalCount: number | Promise<number>;
  }
  return ConnectionClass;
}

export function toConnection<R, T>(
  page: Page<R>,
  map: (row: R) => T,
  cursorOf: (row: R) => (CursorValue | Date)[],
  totalCount: () => Promise<number>,
): Connection<T> {
  const nodes = page.items.map(map);
  const first = page.items.at(0);
  const last = page.items.at(-1);
  return {
    nodes,
    // Cursors for every row only when the client asks for edges; most pages need the last one.
    get edges() {
      return page.items.map((row, i) => ({ cursor: encodeCursor(cursorOf(row)), node: nodes[i] }));
    },
    pageInfo: {
      hasNextPage: page.hasNextPage,
      endCursor: last === undefined ? null : encodeCursor(cursorOf(last)),
      hasPreviousPage: page.hasPreviousPage ?? false,
      startCursor: first === undefined ? null : encodeCursor(cursorOf(first)),
    },
    get totalCount() {
      return totalCount();
    },
  };
}
