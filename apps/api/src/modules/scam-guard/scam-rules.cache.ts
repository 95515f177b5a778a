import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import pg from 'pg';
import type { Logger } from 'pino';
import type { EntityManager } from 'typeorm';
import { compileRules, type CompiledRules } from '#libs/scam-guard';
import { LOGGER } from '../../common/logger.js';
import { AppConfig } from '../../config/app-config.js';
import { ScamRulesRepository } from './scam-rules.repository.js';

const CHANNEL = 'scam_rules_changed';

// Compiled rules are kept in memory; a change anywhere reaches every instance through
// PostgreSQL NOTIFY, which is delivered only when the changing transaction commits. While the
// listening connection is down, rules are reloaded on every use instead of trusted stale.
@Injectable()
export class ScamRulesCache implements OnModuleInit, OnModuleDestroy {
  private compiled: Promise<CompiledRules> | null = null;
  private listener: pg.Client | null = null;
  private listening = false;
  private closed = false;

  constructor(
    private readonly rules: ScamRulesRepository,
    private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.listen();
  }

  async onModuleDestroy(): Promise<void> {
    this.closed = true;
    await this.listener?.end().catch(() => undefined);
  }

  get(): Promise<CompiledRules> {
    if (!this.listening) return this.load();
    this.compiled ??= this.load().catch((error) => {
      this.compiled = null;
      throw error;
    });
    return this.compiled;
  }

  // Call inside the transaction that changed the rules.
  async announceChange(tx: EntityManager): Promise<void> {
    await tx.query(`NOTIFY ${CHANNEL}`);
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

  private async listen(): Promise<void> {
    if (this.closed || !this.config.DATABASE_URL) return;
    const client = new pg.Client({ connectionString: this.config.DATABASE_URL });
    client.on('notification', () => this.invalidate());
    client.on('error', (error) => {
      this.logger.warn({ err: error }, 'scam rule listener lost; reloading rules on every use until it reconnects');
      this.listening = false;
      this.invalidate();
      setTimeout(() => void this.listen(), 1000).unref();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      this.listener = client;
      this.invalidate();
      this.listening = true;
    } catch (error) {
      this.logger.warn({ err: error }, 'scam rule listener could not connect; retrying');
      await client.end().catch(() => undefined);
      setTimeout(() => void this.listen(), 1000).unref();
    }
  }
}
