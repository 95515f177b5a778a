import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { Request } from 'express';
import { listedThreadsSql } from '../../access/content-visibility.js';
import type { Actor } from '../../auth/actor.js';
import { PreparedReads } from '../../database/prepared-reads.js';

export interface BoardActivity {
  threadCount: number;
  lastActivityAt: Date | null;
}

interface BoardKey {
  id: string;
  locale: string;
}

const NONE: BoardActivity = { threadCount: 0, lastActivityAt: null };

// How many threads a board lists for this viewer and when the latest of them moved: the same
// rule as the board's own listing (listedThreadsSql), for every board of the response in one
// statement per language (a home page is one language: one statement).
@Injectable()
export class BoardActivityReader {
  // One loader per request, so batching stays within it and no viewer's counts reach another.
  private readonly loaders = new WeakMap<Request, DataLoader<BoardKey, BoardActivity, string>>();

  constructor(private readonly reads: PreparedReads) {}

  load(req: Request, viewer: Actor | null, board: BoardKey): Promise<BoardActivity> {
    let loader = this.loaders.get(req);
    if (!loader) {
      loader = new DataLoader((keys: readonly BoardKey[]) => this.read(keys, viewer), { cacheKeyFn: (key) => key.id });
      this.loaders.set(req, loader);
    }
    return loader.load(board);
  }

  private async read(keys: readonly BoardKey[], viewer: Actor | null): Promise<BoardActivity[]> {
    const found = new Map<string, BoardActivity>();
    for (const locale of new Set(keys.map((key) => key.locale))) {
      const params: unknown[] = [keys.filter((key) => key.locale === locale).map((key) => key.id)];
      const listed = listedThreadsSql(viewer, locale, params);
      const rows = await this.reads.rows<{ board_id: string; n: number; last: Date | null }>(
        `SELECT t.board_id, count(*)::int AS n, max(t.last_activity_at) AS last
           FROM threads t JOIN boards b ON b.id = t.board_id
          WHERE t.board_id = ANY ($1::uuid[]) AND ${listed}
          GROUP BY t.board_id`,
        params,
      );
      for (const row of rows) found.set(row.board_id, { threadCount: row.n, lastActivityAt: row.last });
    }
    return keys.map((key) => found.get(key.id) ?? NONE);
  }
}
