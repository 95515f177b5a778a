import { Global, Module } from '@nestjs/common';
import { PgNotifications } from './pg-notifications.js';

@Global()
@Module({ providers: [PgNotifications], exports: [PgNotifications] })
export class PgNotificationsModule {}
