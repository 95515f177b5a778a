import { Global, Module } from '@nestjs/common';
import { ModerationLogService } from './moderation-log.service.js';

@Global()
@Module({ providers: [ModerationLogService], exports: [ModerationLogService] })
export class ModerationModule {}
