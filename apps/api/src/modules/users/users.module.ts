import { Module } from '@nestjs/common';
import { UsersRepository } from './users.repository.js';
import { NameGuard } from './name-guard.service.js';
import { UserFieldsResolver } from './user-fields.resolver.js';
import { UsersResolver } from './users.resolver.js';
import { UsersService } from './users.service.js';

@Module({
  providers: [UsersRepository, UsersService, UsersResolver, UserFieldsResolver, NameGuard],
  exports: [UsersRepository, NameGuard],
})
export class UsersModule {}
