import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { compileRules, type ScamAction } from '#libs/scam-guard';
import type { Actor } from '../../auth/actor.js';
import { badField, conflict, notFound } from '../../common/domain-error.js';
import { isUniqueViolation } from '../../common/sql.js';
import { AppConfig } from '../../config/app-config.js';
import { ModerationLogService } from '../moderation/moderation-log.service.js';
import type { AddScamRuleInput } from './graphql/scam.types.js';
import type { ScamRuleEntity, ScamRuleKind } from './scam-rule.entity.js';
import { ScamRulesCache } from './scam-rules.cache.js';
import { ScamRulesRepository } from './scam-rules.repository.js';

// Which actions make sense for which kind of rule: allowing is all an allow-list can do.
const ACTIONS: Record<ScamRuleKind, ScamAction[]> = {
  ALLOWED_DOMAIN: ['ALLOW'],
  DENIED_DOMAIN: ['FLAG', 'HOLD', 'BLOCK'],
  WATCHED_PHRASE: ['FLAG', 'HOLD', 'BLOCK'],
};

@Injectable()
export class ScamRulesService {
  constructor(
    private readonly db: DataSource,
    private readonly rules: ScamRulesRepository,
    private readonly cache: ScamRulesCache,
    private readonly log: ModerationLogService,
    private readonly config: AppConfig,
  ) {}

  list(kind?: ScamRuleKind | null): Promise<ScamRuleEntity[]> {
    return this.rules.listLive(kind);
  }

  async add(actor: Actor, input: AddScamRuleInput): Promise<ScamRuleEntity> {
    const rule = this.validate(input);
    try {
      const saved = await this.db.transaction(async (tx) => {
        const row = await this.rules.insert({ ...rule, createdById: actor.id }, tx);
        await this.log.record(tx, {
          actorId: actor.id,
          action: 'ADD_SCAM_RULE',
          targetType: 'SCAM_RULE',
          targetId: row.id,
          locale: row.locale,
          after: rule,
        });
        await this.cache.announceChange(tx);
        return row;
      });
      this.cache.invalidate();
      return saved;
    } catch (error) {
      if (isUniqueViolation(error, 'scam_rules_live_key')) throw conflict('errors.ruleExists');
      throw error;
    }
  }

  async remove(actor: Actor, id: string): Promise<boolean> {
    await this.db.transaction(async (tx) => {
      const removed = await this.rules.markRemoved(id, actor.id, tx);
      if (!removed) throw notFound('rule');
      const before = { kind: removed.kind, pattern: removed.pattern, locale: removed.locale, action: removed.action };
      await this.log.record(tx, {
        actorId: actor.id,
        action: 'REMOVE_SCAM_RULE',
        targetType: 'SCAM_RULE',
        targetId: id,
        locale: removed.locale,
        before,
      });
      await this.cache.announceChange(tx);
    });
    this.cache.invalidate();
    return true;
  }

  private validate(input: AddScamRuleInput): Pick<ScamRuleEntity, 'kind' | 'pattern' | 'locale' | 'action'> {
    const isDomain = input.kind !== 'WATCHED_PHRASE';
    const pattern = isDomain ? input.pattern.trim().toLowerCase() : input.pattern.trim();
    if (!pattern) throw badField('pattern', 'validation.emptyText');
    if (!ACTIONS[input.kind].includes(input.action)) throw badField('action', 'errors.ruleInvalidAction');
    const rule = { kind: input.kind, pattern, locale: input.locale ?? null, action: input.action };
    if (isDomain) {
      // The scanner's own parser decides whether a domain rule can ever match.
      const brand = { officialDomains: this.config.OFFICIAL_DOMAINS, brandNames: this.config.BRAND_NAMES };
      if (compileRules(brand, [rule]).rejected.length > 0) throw badField('pattern', 'errors.ruleInvalidDomain');
    }
    return rule;
  }
}
