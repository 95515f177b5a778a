import { Module } from '@nestjs/common';
import { AuthModule } from '../../auth/auth.module.js';
import { ThreadsModule } from '../threads/threads.module.js';
import { LiveEvents } from './live-events.js';
import { LiveResolver } from './live.resolver.js';

@Module({
  imports: [AuthModule, ThreadsModule],
  providers: [LiveEvents, LiveResolver],
})
export class LiveModule {}
