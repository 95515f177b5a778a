import { Global, Module } from '@nestjs/common';
import { PreparedReads } from './prepared-reads.js';

@Global()
@Module({ providers: [PreparedReads], exports: [PreparedReads] })
export class DatabaseModule {}
