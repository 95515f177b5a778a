import type { ContentState } from '../modules/posts/post.entity.js';

// What happened, in the words of the domain. Every consumer (the anonymous cache today; live
// subscriptions, notifications and search indexing next) reads the same events, so a service
// says once what changed instead of knowing who must hear of it.
export type DomainEvent =
  // `flagged`: the scam guard flagged or held the text (it waits for review).
  | {
      type: 'ThreadCreated';
      threadId: string;
      boardId: string;
      authorId: string;
      state: ContentState;
      questionId?: string;
      flagged?: boolean;
    }
  | { type: 'ThreadChanged'; threadId: string; boardId: string }
  | { type: 'PostCreated'; postId: string; threadId: string; boardId: string; authorId: string; state: ContentState; flagged?: boolean }
  | {
      type: 'PostChanged';
      postId: string;
      threadId: string;
      boardId: string;
      from: ContentState;
      to: ContentState;
      edited: boolean;
      flagged?: boolean;
    }
  | { type: 'BoardsChanged' }
  | { type: 'UserChanged'; userId: string }
  // A staff badge was granted: existing accounts imitating the member are looked for.
  | { type: 'StaffBadgeGranted'; userId: string }
  // A help-center article or category of this language was written, published or archived.
  | { type: 'HelpCenterChanged'; locale: string; articleId?: string };

export type DomainEventType = DomainEvent['type'];

// An event as the relay hands it over: its place in the outbox's order and when it was written.
export type StoredEvent = DomainEvent & { readonly id: string; readonly txId: string; readonly createdAt: Date };

// The channel that wakes relays when an outbox row commits. The payload stays empty: the rows
// are read from the table, so no event is bounded by NOTIFY's 8,000 bytes.
export const EVENTS_CHANNEL = 'beacon_events';
