import { Injectable } from '@nestjs/common';
import { PgNotifications } from '../../common/pg-notifications.js';
import type { DomainEvent } from '../../events/domain-event.js';
import { EventRelay } from '../../events/event-relay.js';
import { Outbox } from '../../events/outbox.js';

// What a cached response may depend on: a thread (its posts included), a board's listing,
// the board list, and the public profile of each user it shows (names and badges).
// `help`: any language's help center (an article's translations), `help:<locale>`: one language's.
export type ContentKey = `thread:${string}` | `board:${string}` | 'boards' | `user:${string}` | 'help' | `help:${string}`;

// The content keys an event moves.
export function contentKeysOf(event: DomainEvent): ContentKey[] {
  switch (event.type) {
    case 'ThreadCreated':
      return [`board:${event.boardId}`];
    case 'ThreadChanged':
    case 'PostCreated':
    case 'PostChanged':
      return [`thread:${event.threadId}`, `board:${event.boardId}`];
    case 'BoardsChanged':
      return ['boards'];
    case 'UserChanged':
      return [`user:${event.userId}`];
    // Published with the UserChanged that moves the member's key.
    case 'StaffBadgeGranted':
      return [];
    case 'HelpCenterChanged':
      return ['help', `help:${event.locale}`];
  }
}

// A logical clock per content key. A cached response remembers the clock when its request
// started; it is valid while none of its keys has moved past that. The clock moves when a
// transaction is about to change a key (so this instance never serves what it is changing) and
// again on every instance when the relay delivers the committed event.
@Injectable()
export class ContentVersions {
  private readonly versions = new Map<string, number>();
  private clock = 0;
  private floor = 0;

  constructor(
    private readonly notifications: PgNotifications,
    outbox: Outbox,
    relay: EventRelay,
  ) {
    const bumpFor = (events: readonly DomainEvent[]) => this.bump(events.flatMap(contentKeysOf));
    outbox.onPublish(bumpFor);
    void relay.register({ name: 'anonymous-cache', handle: bumpFor });
    // While the listener is down, other instances' changes go unheard: start over.
    notifications.onReset(() => this.bumpAll());
  }

  get live(): boolean {
    return this.notifications.live;
  }

  now(): number {
    return this.clock;
  }

  isCurrent(keys: Iterable<string>, since: number): boolean {
    if (this.floor > since) return false;
    for (const key of keys) if ((this.versions.get(key) ?? 0) > since) return false;
    return true;
  }

  private bump(keys: string[]): void {
    if (keys.length === 0) return;
    this.clock += 1;
    for (const key of keys) this.versions.set(key, this.clock);
  }

  private bumpAll(): void {
    this.clock += 1;
    this.floor = this.clock;
    this.versions.clear();
  }
}
