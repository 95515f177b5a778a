import { Module } from '@nestjs/common';
import { ScamGuardModule } from '../scam-guard/scam-guard.module.js';
import { UsersModule } from '../users/users.module.js';
import { ArticleCategoryFieldsResolver, ArticlesResolver } from './articles.resolver.js';
import { ArticlesRepository } from './articles.repository.js';
import { ArticlesService } from './articles.service.js';
import { HelpCenterLoaders } from './help-center.loaders.js';

// The help center: categories and staff-written articles per language (search comes on top).
@Module({
  imports: [UsersModule, ScamGuardModule],
  providers: [ArticlesRepository, ArticlesService, HelpCenterLoaders, ArticlesResolver, ArticleCategoryFieldsResolver],
  exports: [ArticlesRepository, ArticlesService],
})
export class HelpCenterModule {}
