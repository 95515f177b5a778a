import { Global, Module } from '@nestjs/common';
import { PostContentService } from './post-content.service.js';

@Global()
@Module({ providers: [PostContentService], exports: [PostContentService] })
export class ContentModule {}
