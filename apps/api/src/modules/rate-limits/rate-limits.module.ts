import { Global, Module } from '@nestjs/common';
import { LimiterStore } from './limiter-store.js';
import { RateLimits } from './rate-limits.service.js';

@Global()
@Module({ providers: [LimiterStore, RateLimits], exports: [LimiterStore, RateLimits] })
export class RateLimitsModule {}
