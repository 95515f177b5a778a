import { Module } from '@nestjs/common';
import { HelpCenterModule } from '../help-center/help-center.module.js';
import { SearchIndexer } from './search.indexer.js';
import { SearchRepository } from './search.repository.js';
import { SearchResolver } from './search.resolver.js';
import { SearchService } from './search.service.js';

// Search over threads and help-center articles (libs/search-text segments Chinese).
@Module({
  imports: [HelpCenterModule],
  providers: [SearchIndexer, SearchRepository, SearchService, SearchResolver],
  exports: [SearchIndexer],
})
export class SearchModule {}
