import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../../auth/actor.js';
import { badField, badInput, notFound } from '../../common/domain-error.js';
import { DEFAULT_LOCALE, negotiateLocale } from '../../common/locale.js';
import { isUniqueViolation } from '../../common/sql.js';
import { Outbox } from '../../events/outbox.js';
import { ModerationLogService } from '../moderation/moderation-log.service.js';
import type { BoardEntity } from './board.entity.js';
import { BoardsRepository } from './boards.repository.js';
import type { CreateBoardInput, UpdateBoardInput } from './graphql/board.types.js';

@Injectable()
export class BoardsService {
  constructor(
    private readonly db: DataSource,
    private readonly boards: BoardsRepository,
    private readonly log: ModerationLogService,
    private readonly outbox: Outbox,
  ) {}

  // No locale asked: the user's language, else the best match of Accept-Language among the
  // languages that have boards, else English.
  async list(locale: string | null | undefined, actor: Actor | null, acceptLanguage: string | undefined): Promise<BoardEntity[]> {
    if (locale) return this.boards.listByLocale(locale);
    const available = await this.boards.locales();
    const chosen =
      (actor && available.includes(actor.locale) ? actor.locale : undefined) ??
      negotiateLocale(acceptLanguage, available) ??
      DEFAULT_LOCALE;
    return this.boards.listByLocale(chosen);
  }

  async find(args: { id?: string | null; slug?: string | null; locale?: string | null }): Promise<BoardEntity | null> {
    if (args.id) return this.boards.findById(args.id);
    if (args.slug && args.locale) return this.boards.findBySlug(args.slug, args.locale);
    throw badInput({ id: { key: 'validation.boardLookup' } });
  }

  // Its name, description and place in its language's list; the slug, language, topic and kind
  // stay (URLs and threads depend on them).
  async update(actor: Actor, input: UpdateBoardInput): Promise<BoardEntity> {
    return this.db.transaction(async (tx) => {
      const board = await this.boards.lockForUpdate(input.boardId, tx);
      if (!board) throw notFound('board');
      const change = {
        name: input.name ?? board.name,
        description: input.description === undefined ? board.description : (input.description ?? null),
        position: input.position ?? board.position,
      };
      await this.boards.update(board.id, change, tx);
      await this.outbox.publish(tx, { type: 'BoardsChanged' });
      await this.log.record(tx, {
        actorId: actor.id,
        action: 'UPDATE_BOARD',
        targetType: 'BOARD',
        targetId: board.id,
        locale: board.locale,
        before: { name: board.name, description: board.description, position: board.position },
        after: change,
      });
      return { ...board, ...change };
    });
  }

  async create(actor: Actor, input: CreateBoardInput): Promise<BoardEntity> {
    try {
      return await this.db.transaction(async (tx) => {
        const board = await this.boards.insert({ ...input, description: input.description ?? null, position: input.position ?? 0 }, tx);
        await this.outbox.publish(tx, { type: 'BoardsChanged' });
        await this.log.record(tx, {
          actorId: actor.id,
          action: 'CREATE_BOARD',
          targetType: 'BOARD',
          targetId: board.id,
          locale: board.locale,
          after: input,
        });
        return board;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'boards_locale_slug_key')) throw badField('slug', 'errors.slugTaken');
      if (isUniqueViolation(error, 'boards_locale_topic_key')) throw badField('topicKey', 'errors.slugTaken');
      throw error;
    }
  }
}
