import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { returnedRows } from '../../common/sql.js';
import { ScamRuleEntity, type ScamRuleKind } from './scam-rule.entity.js';

@Injectable()
export class ScamRulesRepository {
  constructor(private readonly db: DataSource) {}

  listLive(kind?: ScamRuleKind | null): Promise<ScamRuleEntity[]> {
    return this.db.getRepository(ScamRuleEntity).find({
      where: { removedAt: IsNull(), ...(kind ? { kind } : {}) },
      order: { createdAt: 'ASC' },
    });
  }

  insert(rule: Pick<ScamRuleEntity, 'kind' | 'pattern' | 'locale' | 'action' | 'createdById'>, tx: EntityManager): Promise<ScamRuleEntity> {
    const repo = tx.getRepository(ScamRuleEntity);
    return repo.save(repo.create(rule));
  }

  async markRemoved(id: string, actorId: string, tx: EntityManager): Promise<ScamRuleEntity | null> {
    const rows = await tx.query(
      `UPDATE scam_rules SET removed_at = now(), removed_by_id = $2 WHERE id = $1 AND removed_at IS NULL RETURNING id, kind, pattern, locale, action`,
      [id, actorId],
    );
    return (returnedRows<ScamRuleEntity>(rows)[0] as ScamRuleEntity | undefined) ?? null;
  }
}
