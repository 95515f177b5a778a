import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { BoardEntity } from './board.entity.js';

@Injectable()
export class BoardsRepository {
  constructor(private readonly db: DataSource) {}

  findById(id: string): Promise<BoardEntity | null> {
    return this.db.getRepository(BoardEntity).findOneBy({ id });
  }

  async lockForUpdate(id: string, tx: EntityManager): Promise<BoardEntity | null> {
    return tx.getRepository(BoardEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async update(id: string, change: { name: string; description: string | null; position: number }, tx: EntityManager): Promise<void> {
    await tx.getRepository(BoardEntity).update({ id }, change);
  }

  findBySlug(slug: string, locale: string): Promise<BoardEntity | null> {
    return this.db.getRepository(BoardEntity).findOneBy({ slug, locale });
  }

  // A topic's boards in every language (its siblings): the web client's URLs name boards by topic.
  findByTopicKey(topicKey: string): Promise<BoardEntity[]> {
    return this.db.getRepository(BoardEntity).find({ where: { topicKey }, order: { locale: 'ASC' } });
  }

  listByLocale(locale: string): Promise<BoardEntity[]> {
    return this.db.getRepository(BoardEntity).find({ where: { locale }, order: { position: 'ASC', name: 'ASC' } });
  }

  async locales(): Promise<string[]> {
    const rows: { locale: string }[] = await this.db.query(`SELECT DISTINCT locale FROM boards ORDER BY locale`);
    return rows.map((r) => r.locale);
  }

  insert(board: Partial<BoardEntity>, tx: EntityManager): Promise<BoardEntity> {
    const repo = tx.getRepository(BoardEntity);
    return repo.save(repo.create(board));
  }
}
