import { Global, Module } from '@nestjs/common';
import { PgNotificationsModule } from '../common/pg-notifications.module.js';
import { EventRelay } from './event-relay.js';
import { Outbox } from './outbox.js';

// The event spine: services publish through the Outbox inside their transactions; consumers
// register with the EventRelay.
@Global()
@Module({
  imports: [PgNotificationsModule],
  providers: [Outbox, EventRelay],
  exports: [Outbox, EventRelay],
})
export class EventsModule {}
