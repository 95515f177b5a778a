import type { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { encodeCursor, type CursorValue, type Page } from '../common/cursor.js';

@ObjectType('PageInfo')
export class PageInfoType {
  @Field() hasNextPage: boolean;
  @Field(() => String, { nullable: true }) endCursor: string | null;
  @Field({ description: 'Whether rows come before this page (paging backwards with last/before, or a page that starts in the middle).' })
  hasPreviousPage: boolean;
  @Field(() => String, { nullable: true, description: 'The cursor of the first row of the page, for `before`.' })
  startCursor: string | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfoType;
  // A getter over a query: it runs only when the client asks for totalCount.
  readonly totalCount: number | Promise<number>;
}

export function ConnectionType<T>(node: Type<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field() cursor: string;
    @Field(() => node) node: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass implements Connection<T> {
    @Field(() => [Edge]) edges: Edge[];
    @Field(() => [node]) nodes: T[];
    @Field(() => PageInfoType) pageInfo: PageInfoType;
    @Field(() => Int) totalCount: number | Promise<number>;
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
