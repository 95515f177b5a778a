import { Injectable } from '@nestjs/common';
import { PubSub } from 'graphql-subscriptions';
import type { StoredEvent } from '../../events/domain-event.js';
import { EventRelay } from '../../events/event-relay.js';

export type ThreadEvent = Extract<StoredEvent, { threadId: string }>;

class ThreadPubSub extends PubSub<Record<string, ThreadEvent>> {
  listening(trigger: string): number {
    return this.ee.listenerCount(trigger);
  }
}

// Live updates for the subscriptions: every instance's relay hands it the committed events, and
// it passes those about a thread to that thread's subscribers on this instance. So a reply
// written through one instance reaches the subscribers of all of them, with no broker besides
// the database, and only once it has committed.
@Injectable()
export class LiveEvents {
  private readonly pubsub = new ThreadPubSub();

  constructor(relay: EventRelay) {
    void relay.register({
      name: 'live-subscriptions',
      handle: async (events) => {
        for (const event of events) if ('threadId' in event) await this.pubsub.publish(`thread:${event.threadId}`, event);
      },
    });
  }

  // Open subscriptions to a thread on this instance.
  subscribersOf(threadId: string): number {
    return this.pubsub.listening(`thread:${threadId}`);
  }

  ofThread(threadId: string): AsyncIterableIterator<ThreadEvent> {
    return this.pubsub.asyncIterableIterator<ThreadEvent>(`thread:${threadId}`);
  }
}
