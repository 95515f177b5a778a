import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString } from 'class-validator';
import { IsBody, IsId, IsIdempotencyKey, IsTags, IsText } from '../../../common/validation.js';
import { ConnectionType } from '../../../graphql/connection.js';
import { AFTER, IDEMPOTENCY_KEY, PAGE_SIZE } from '../../../graphql/descriptions.js';
import { BoardType } from '../../boards/graphql/board.types.js';
import type { ContentState } from '../../posts/post.entity.js';
import { UserType } from '../../users/graphql/user.type.js';
import type { ThreadOrder } from '../threads.repository.js';
import type { ThreadRecord } from '../thread.record.js';

export const THREAD_STATUSES = ['OPEN', 'ANSWERED', 'LOCKED'] as const;
export type ThreadStatus = (typeof THREAD_STATUSES)[number];
export const ThreadStatusEnum = { OPEN: 'OPEN', ANSWERED: 'ANSWERED', LOCKED: 'LOCKED' } as const;
registerEnumType(ThreadStatusEnum, {
  name: 'ThreadStatus',
  description: 'Where a thread stands, derived from `locked` and `officialAnswer` (locked wins).',
  valuesMap: {
    OPEN: { description: 'Takes replies; no official answer yet.' },
    ANSWERED: { description: 'Has an official answer (shown under the question); still takes replies.' },
    LOCKED: {
      description:
        'Locked by a moderator: replies and edits are refused (THREAD_LOCKED) except to moderators; staff can still mark an official answer.',
    },
  },
});

export const ThreadOrderEnum = { LATEST_ACTIVITY: 'LATEST_ACTIVITY', NEWEST: 'NEWEST', UNANSWERED: 'UNANSWERED' } as const;
registerEnumType(ThreadOrderEnum, {
  name: 'ThreadOrder',
  description: 'How a board lists its threads. Pinned threads always come first.',
  valuesMap: {
    LATEST_ACTIVITY: { description: 'Most recently active (started, or last given a visible reply) first.' },
    NEWEST: { description: 'Most recently started first.' },
    UNANSWERED: { description: 'Only threads without an official answer that are not locked, most recently started first.' },
  },
});

@ObjectType('ThreadPermissions', { description: 'What the viewer may do with the thread, by the same rules the mutations apply.' })
export class ThreadPermissionsType {
  @Field({ description: 'Post a reply (createPost).' }) reply: boolean;
  @Field({ description: 'Change its title and tags.' }) edit: boolean;
  @Field({ description: 'Mark one of its replies as the official answer.' }) markOfficial: boolean;
  @Field({ description: 'Lock, pin, move it and act on its posts.' }) moderate: boolean;
}

@ObjectType('Thread', {
  description:
    'A question or announcement in a board, with its replies. A private thread exists only for its author, the staff and moderators of its language and admins; a hidden or removed one is a tombstone (no title, tags or replies) for everyone but its moderators (and its author, while it is only hidden).',
})
export class ThreadType {
  @Field(() => ID, { description: 'The thread’s id (a UUID).' }) id: string;
  @Field({ description: 'Its title; for a tombstone, a placeholder in the caller’s language.' }) title: string;
  @Field(() => [String], { description: 'Up to 5 tags, lower case; empty for a tombstone.' }) tags: string[];
  @Field(() => ThreadStatusEnum, { description: 'Open, answered or locked.' }) status: ThreadStatus;
  @Field({ description: 'Listed first in its board; set by moderators.' }) pinned: boolean;
  @Field({ description: 'Closed by a moderator: replies and edits by others than moderators are THREAD_LOCKED.' }) locked: boolean;
  @Field({ description: 'A private support thread: only its author, the staff and moderators of its language and admins can see it.' })
  private: boolean;
  @Field(() => Int, { description: 'Its visible replies (the question not included; held, hidden and removed ones not counted).' })
  replyCount: number;
  @Field({ description: 'When it was started or last got a visible reply.' }) lastActivityAt: Date;
  @Field(() => Date, { nullable: true, description: 'When a staff member of its language first replied (the SLA clock); null until then.' })
  firstStaffResponseAt: Date | null;
  @Field({ description: 'When it was started.' }) createdAt: Date;
  // Read with the thread and filled by the mapper: no per-row resolver.
  @Field(() => BoardType, { description: 'The board it is in.' }) board: BoardType;
  @Field(() => UserType, { description: 'Who started it.' }) author: UserType;

  // Not in the schema: what the field resolvers need to load relations and decide visibility.
  boardId: string;
  authorId: string;
  locale: string;
  state: ContentState;
  questionPostId: string | null;
  officialAnswerPostId: string | null;
  record: ThreadRecord;
}

export const ThreadConnectionType = ConnectionType(ThreadType, 'Thread', 'threads');

@ArgsType()
export class BoardThreadsArgs {
  // Decorated, or the validation pipe's whitelist strips it and every page has the default size.
  @Field(() => Int, { nullable: true, defaultValue: 20, description: PAGE_SIZE }) @IsOptional() @IsInt() first?: number | null;
  @Field(() => String, { nullable: true, description: `${AFTER} Cursors belong to one order.` }) @IsOptional() @IsString() after?:
    string | null;
  @Field(() => ThreadOrderEnum, {
    nullable: true,
    defaultValue: 'LATEST_ACTIVITY',
    description: 'The order; pinned threads come first in each.',
  })
  @IsOptional()
  @IsIn(Object.keys(ThreadOrderEnum))
  orderBy?: ThreadOrder | null;
  @Field(() => String, { nullable: true, description: 'Only threads with this tag (case does not matter).' })
  @IsOptional()
  @IsString()
  tag?: string | null;
}

@InputType('CreateThreadInput', { description: 'A new thread and its question. Title and body are scanned by the scam guard together.' })
export class CreateThreadInput {
  @Field(() => ID, { description: 'The board to post in (NOT_FOUND when there is none).' }) @IsId() boardId: string;
  @Field({ description: '5 to 200 characters, trimmed (a CJK character counts two).' }) @IsText(5, 200) title: string;
  @Field({ description: 'The question in Markdown, 1 to 50,000 characters, not blank; kept as typed.' }) @IsBody() body: string;
  @Field(() => [String], {
    nullable: true,
    description: 'Up to 5 tags of 1 to 30 letters, digits, _ or -; stored in lower case, duplicates dropped.',
  })
  @IsTags()
  tags?: string[] | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'A private support thread, for account issues: only the author, the staff and moderators of its language and admins see it. Default false.',
  })
  @IsOptional()
  @IsBoolean()
  private?: boolean | null;
  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY })
  @IsIdempotencyKey()
  idempotencyKey?: string | null;
}

@InputType('EditThreadInput', { description: 'A new title or tags for a thread; what is left out stays.' })
export class EditThreadInput {
  @Field(() => ID, { description: 'The thread (NOT_FOUND when the caller cannot see it).' }) @IsId() threadId: string;
  @Field(() => String, {
    nullable: true,
    description: 'A new title, 5 to 200 characters (a CJK character counts two); scanned with the question.',
  })
  @IsOptional()
  @IsText(5, 200)
  title?: string | null;
  @Field(() => [String], { nullable: true, description: 'The new tags, replacing all of them (up to 5, as in CreateThreadInput).' })
  @IsTags()
  tags?: string[] | null;
}
