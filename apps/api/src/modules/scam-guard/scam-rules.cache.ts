import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { compileRules, type CompiledRules } from '#libs/scam-guard';
import { PgNotifications } from '../../common/pg-notifications.js';
import { AppConfig } from '../../config/app-config.js';
import { ScamRulesRepository } from './scam-rules.repository.js';

const CHANNEL = 'beacon_scam_rules';

// Compiled rules are kept in memory; a change anywhere reaches every instance through a
// notification at commit. Without a live listener, rules are reloaded on every use.
@Injectable()
export class ScamRulesCache {
  private compiled: Promise<CompiledRules> | null = null;

  constructor(
    private readonly rules: ScamRulesRepository,
    private readonly config: AppConfig,
    private readonly notifications: PgNotifications,
  ) {
    notifications.subscribe(CHANNEL, () => this.invalidate());
    notifications.onReset(() => this.invalidate());
  }

  get(): Promise<CompiledRules> {
    if (!this.notifications.live) return this.load();
    this.compiled ??= this.load().catch((error) => {
      this.compiled = null;
      throw error;
    });
    return this.compiled;
  }

  // Call inside the transaction that changed the rules.
  announceChange(tx: EntityManager): Promise<void> {
    return this.notifications.notify(tx, CHANNEL);
  }

  invalidate(): void {
    this.compiled = null;
  }

  private async load(): Promise<CompiledRules> {
    const live = await this.rules.listLive();
    return compileRules(
      { officialDomains: this.config.OFFICIAL_DOMAINS, brandNames: this.config.BRAND_NAMES },
      live.map((r) => ({ kind: r.kind, pattern: r.pattern, locale: r.locale, action: r.action })),
    );
  }
}
