import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { compileRules, type CompiledRules } from '#libs/scam-guard';
import type { RuleSource } from './scan.worker.js';
import { PgNotifications } from '../../common/pg-notifications.js';
import { AppConfig } from '../../config/app-config.js';
import { ScamRulesRepository } from './scam-rules.repository.js';

const CHANNEL = 'beacon_scam_rules';

// The rules compiled, and what they were compiled from (for the scan workers, which compile
// their own copy once per version).
export interface LoadedRules {
  compiled: CompiledRules;
  source: RuleSource;
}

// Compiled rules are kept in memory; a change anywhere reaches every instance through a
// notification at commit. Without a live listener, rules are reloaded on every use.
@Injectable()
export class ScamRulesCache {
  private compiled: Promise<LoadedRules> | null = null;

  constructor(
    private readonly rules: ScamRulesRepository,
    private readonly config: AppConfig,
    private readonly notifications: PgNotifications,
  ) {
    notifications.subscribe(CHANNEL, () => this.invalidate());
    notifications.onReset(() => this.invalidate());
  }

  get(): Promise<LoadedRules> {
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

  private async load(): Promise<LoadedRules> {
    const live = await this.rules.listLive();
    const brand = { officialDomains: this.config.OFFICIAL_DOMAINS, brandNames: this.config.BRAND_NAMES };
    const rules = live.map((r) => ({ kind: r.kind, pattern: r.pattern, locale: r.locale, action: r.action }));
    const version = createHash('sha256')
      .update(JSON.stringify([brand, rules]))
      .digest('base64url');
    return { compiled: compileRules(brand, rules), source: { version, brand, rules } };
  }
}
