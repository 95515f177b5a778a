import { Module } from '@nestjs/common';
import { ModerationModule } from '../moderation/moderation.module.js';
import { UsersModule } from '../users/users.module.js';
import { StaffLookalikesResolver } from './staff-lookalikes.resolver.js';
import { StaffLookalikes } from './staff-lookalikes.service.js';
import { StaffRepository } from './staff.repository.js';
import { StaffResolver } from './staff.resolver.js';
import { StaffService } from './staff.service.js';

// Official staff: badges, the queue of questions waiting for them, first-response figures, and
// the accounts found imitating them.
@Module({
  imports: [UsersModule, ModerationModule],
  providers: [StaffRepository, StaffService, StaffResolver, StaffLookalikes, StaffLookalikesResolver],
})
export class StaffModule {}
