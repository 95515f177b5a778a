import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { StoredEvent } from '../../../events/domain-event.js';
import { EventRelay } from '../../../events/event-relay.js';
import { ReviewQueueService } from './review-queue.service.js';

// Posts the scam guard flagged or held reach the review queue from the outbox: the posting
// path stays one statement, and no flagged post is missed (the consumer is durable: it resumes
// after a restart where it stopped, on whichever instance gets to it first).
@Injectable()
export class ReviewQueueConsumer implements OnModuleInit {
  constructor(
    private readonly relay: EventRelay,
    private readonly queue: ReviewQueueService,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.relay.register({ name: 'review-queue', durable: true, handle: (events) => this.handle(events) });
  }

  private async handle(events: readonly StoredEvent[]): Promise<void> {
    for (const event of events) {
      if (event.type === 'PostCreated' && event.flagged) await this.queue.noteScanned(event.postId, false);
      else if (event.type === 'ThreadCreated' && event.flagged && event.questionId) await this.queue.noteScanned(event.questionId, false);
      else if (event.type === 'PostChanged' && event.edited && event.flagged) await this.queue.noteScanned(event.postId, true);
    }
  }
}
