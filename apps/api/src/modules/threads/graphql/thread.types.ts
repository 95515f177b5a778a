import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString } from 'class-validator';
import { IsBody, IsId, IsIdempotencyKey, IsTags, IsText } from '../../../common/validation.js';
import { ConnectionType } from '../../../graphql/connection.js';
import { BoardType } from '../../boards/graphql/board.types.js';
import type { ContentState } from '../../posts/post.entity.js';
import { UserType } from '../../users/graphql/user.type.js';
import type { ThreadOrder } from '../threads.repository.js';
import type { ThreadRecord } from '../thread.record.js';

export const THREAD_STATUSES = ['OPEN', 'ANSWERED', 'LOCKED'] as const;
export type ThreadStatus = (typeof THREAD_STATUSES)[number];
export const ThreadStatusEnum = { OPEN: 'OPEN', ANSWERED: 'ANSWERED', LOCKED: 'LOCKED' } as const;
registerEnumType(ThreadStatusEnum, { name: 'ThreadStatus' });

export const ThreadOrderEnum = { LATEST_ACTIVITY: 'LATEST_ACTIVITY', NEWEST: 'NEWEST', UNANSWERED: 'UNANSWERED' } as const;
registerEnumType(ThreadOrderEnum, { name: 'ThreadOrder' });

@ObjectType('ThreadPermissions', { description: 'What the viewer may do with the thread, by the same rules the mutations apply.' })
export class ThreadPermissionsType {
  @Field() reply: boolean;
  @Field({ description: 'Change its title and tags.' }) edit: boolean;
  @Field({ description: 'Mark one of its replies as the official answer.' }) markOfficial: boolean;
  @Field({ description: 'Lock, pin, move it and act on its posts.' }) moderate: boolean;
}

@ObjectType('Thread')
export class ThreadType {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field(() => [String]) tags: string[];
  @Field(() => ThreadStatusEnum) status: ThreadStatus;
  @Field() pinned: boolean;
  @Field() locked: boolean;
  @Field() private: boolean;
  @Field(() => Int) replyCount: number;
  @Field() lastActivityAt: Date;
  @Field(() => Date, { nullable: true }) firstStaffResponseAt: Date | null;
  @Field() createdAt: Date;
  // Read with the thread and filled by the mapper: no per-row resolver.
  @Field(() => BoardType) board: BoardType;
  @Field(() => UserType) author: UserType;

  // Not in the schema: what the field resolvers need to load relations and decide visibility.
  boardId: string;
  authorId: string;
  locale: string;
  state: ContentState;
  questionPostId: string | null;
  officialAnswerPostId: string | null;
  record: ThreadRecord;
}

export const ThreadConnectionType = ConnectionType(ThreadType, 'Thread');

@ArgsType()
export class BoardThreadsArgs {
  // Decorated, or the validation pipe's whitelist strips it and every page has the default size.
  @Field(() => Int, { nullable: true, defaultValue: 20 }) @IsOptional() @IsInt() first?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() after?: string | null;
  @Field(() => ThreadOrderEnum, { nullable: true, defaultValue: 'LATEST_ACTIVITY' })
  @IsOptional()
  @IsIn(Object.keys(ThreadOrderEnum))
  orderBy?: ThreadOrder | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() tag?: string | null;
}

@InputType('CreateThreadInput')
export class CreateThreadInput {
  @Field(() => ID) @IsId() boardId: string;
  @Field() @IsText(5, 200) title: string;
  @Field() @IsBody() body: string;
  @Field(() => [String], { nullable: true }) @IsTags() tags?: string[] | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() private?: boolean | null;
  @Field(() => String, { nullable: true }) @IsIdempotencyKey() idempotencyKey?: string | null;
}

@InputType('EditThreadInput')
export class EditThreadInput {
  @Field(() => ID) @IsId() threadId: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsText(5, 200) title?: string | null;
  @Field(() => [String], { nullable: true }) @IsTags() tags?: string[] | null;
}
