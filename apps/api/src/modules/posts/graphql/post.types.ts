import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Min } from 'class-validator';
import { IsBody, IsId, IsIdempotencyKey } from '../../../common/validation.js';
import { ConnectionType } from '../../../graphql/connection.js';
import { ScamVerdictType } from '../../scam-guard/graphql/scam.types.js';
import { UserType } from '../../users/graphql/user.type.js';
import { CONTENT_STATES, type ContentState } from '../post.entity.js';
import type { PostRecord } from '../post.record.js';

export const PostStateEnum = Object.fromEntries(CONTENT_STATES.map((s) => [s, s])) as { [S in ContentState]: S };
registerEnumType(PostStateEnum, { name: 'PostState' });

@ObjectType('PostPermissions', { description: 'What the viewer may do with the post, by the same rules the mutations apply.' })
export class PostPermissionsType {
  @Field() edit: boolean;
  @Field() delete: boolean;
  @Field() report: boolean;
  @Field({ description: 'Mark this reply as the official answer of its thread.' }) markOfficial: boolean;
  @Field({ description: 'Hide, remove, restore or approve it.' }) moderate: boolean;
}

@ObjectType('Post')
export class PostType {
  @Field(() => ID) id: string;
  @Field(() => Int, { description: '1 for the question, then 2, 3, … in the order replies were posted.' }) number: number;
  @Field(() => String, { nullable: true, description: 'Markdown; null for the public when the post is removed or hidden.' })
  body: string | null;
  @Field(() => String, { nullable: true }) bodyHtml: string | null;
  @Field(() => PostStateEnum) state: ContentState;
  @Field() isOfficialAnswer: boolean;
  @Field(() => Int) revision: number;
  @Field(() => String, { nullable: true }) removalReason: string | null;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) editedAt: Date | null;
  // Read with the post and filled by the mapper: no per-row resolver.
  @Field(() => UserType) author: UserType;
  @Field(() => ScamVerdictType, { nullable: true, description: "Why the scam guard flagged or held the post: for its author and the moderators of its language." })
  scamVerdict: ScamVerdictType | null;

  // Not in the schema: the record the field resolvers decide from.
  threadId: string;
  authorId: string;
  record: PostRecord;
}

export const PostConnectionType = ConnectionType(PostType, 'Post');

@ArgsType()
export class RepliesArgs {
  // Decorated, or the validation pipe's whitelist strips it and every page has the default size.
  @Field(() => Int, { nullable: true, defaultValue: 20 }) @IsOptional() @IsInt() first?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() after?: string | null;
  @Field(() => Int, { nullable: true, description: 'Page backwards: the last replies (before `before`, or of the thread).' })
  @IsOptional()
  @IsInt()
  last?: number | null;
  @Field(() => String, { nullable: true, description: 'With `last`: the replies before this cursor.' }) @IsOptional() @IsString() before?: string | null;
  @Field(() => Int, { nullable: true, description: 'Start at this post number (a permalink into a long thread): the page begins with it, or the next visible reply.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  fromNumber?: number | null;
}

@InputType('CreatePostInput')
export class CreatePostInput {
  @Field(() => ID) @IsId() threadId: string;
  @Field() @IsBody() body: string;
  @Field(() => String, { nullable: true }) @IsIdempotencyKey() idempotencyKey?: string | null;
}

@InputType('EditPostInput')
export class EditPostInput {
  @Field(() => ID) @IsId() postId: string;
  @Field() @IsBody() body: string;
  @Field(() => Int) @IsInt() @Min(1) expectedRevision: number;
}

@ArgsType()
export class PostIdArgs {
  @Field(() => ID) @IsId() postId: string;
}
