import { Global, Module } from '@nestjs/common';
import { AnonymousResponseCache } from './anonymous-response-cache.js';
import { ContentVersions } from './content-versions.js';

@Global()
@Module({
  providers: [ContentVersions, AnonymousResponseCache],
  exports: [ContentVersions, AnonymousResponseCache],
})
export class AnonymousCacheModule {}
