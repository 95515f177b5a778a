import { Global, Module } from '@nestjs/common';
import { ScamGuardResolver } from './scam-guard.resolver.js';
import { ScamGuardService } from './scam-guard.service.js';
import { ScamRulesCache } from './scam-rules.cache.js';
import { ScanPool } from './scan-pool.js';
import { ScamRulesRepository } from './scam-rules.repository.js';
import { ScamRulesService } from './scam-rules.service.js';

@Global()
@Module({
  providers: [ScamRulesRepository, ScamRulesCache, ScanPool, ScamRulesService, ScamGuardService, ScamGuardResolver],
  exports: [ScamGuardService],
})
export class ScamGuardModule {}
