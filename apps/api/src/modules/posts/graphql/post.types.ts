import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Min } from 'class-validator';
import { IsBody, IsId, IsIdempotencyKey } from '../../../common/validation.js';
import { ConnectionType } from '../../../graphql/connection.js';
import { AFTER, IDEMPOTENCY_KEY, PAGE_SIZE } from '../../../graphql/descriptions.js';
import { ScamVerdictType } from '../../scam-guard/graphql/scam.types.js';
import { UserType } from '../../users/graphql/user.type.js';
import { CONTENT_STATES, type ContentState } from '../post.entity.js';
import type { PostRecord } from '../post.record.js';

export const PostStateEnum = Object.fromEntries(CONTENT_STATES.map((s) => [s, s])) as { [S in ContentState]: S };
registerEnumType(PostStateEnum, {
  name: 'PostState',
  description: 'Whether a post can be read, and by whom.',
  valuesMap: {
    VISIBLE: { description: 'Published: everyone who can see the thread reads it.' },
    HELD: { description: 'Held by the scam guard: only its author and the moderators see it, until a moderator approves it.' },
    HIDDEN: { description: 'Hidden by a moderator or by reports, reversibly: a tombstone whose text only moderators and its author read.' },
    REMOVED: {
      description: 'Removed by a moderator (with a reason) or deleted by its author: a tombstone whose text only moderators read.',
    },
  },
});

@ObjectType('PostPermissions', { description: 'What the viewer may do with the post, by the same rules the mutations apply.' })
export class PostPermissionsType {
  @Field({ description: 'Change its body (editPost): its author while the thread is open, and its moderators.' }) edit: boolean;
  @Field({ description: 'Delete it (deletePost): its author, while it is not removed.' }) delete: boolean;
  @Field({ description: 'Report it (reportPost): a visible post of someone else.' }) report: boolean;
  @Field({ description: 'Mark this reply as the official answer of its thread.' }) markOfficial: boolean;
  @Field({ description: 'Hide, remove, restore or approve it.' }) moderate: boolean;
}

@ObjectType('Post', {
  description:
    'The question or a reply of a thread. A post the viewer may not read is a tombstone: its state and removal reason, without body.',
})
export class PostType {
  @Field(() => ID, { description: 'The post’s id (a UUID).' }) id: string;
  @Field(() => Int, { description: '1 for the question, then 2, 3, … in the order replies were posted.' }) number: number;
  @Field(() => String, {
    nullable: true,
    description: 'The text in Markdown, as written; null for those who may not read it (a hidden or removed post for the public).',
  })
  body: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'The body rendered to sanitized HTML (no scripts or event handlers; external links get rel="nofollow ugc noopener"), safe to insert as is; null like `body`.',
  })
  bodyHtml: string | null;
  @Field(() => PostStateEnum, { description: 'Visible, held, hidden or removed.' }) state: ContentState;
  @Field({ description: 'Whether staff marked it as its thread’s official answer.' }) isOfficialAnswer: boolean;
  @Field(() => Int, {
    description: 'Starts at 1 and grows with each edit: send it as `expectedRevision` to editPost. Every revision is kept.',
  })
  revision: number;
  @Field(() => String, {
    nullable: true,
    description:
      'Why it was removed, shown on the tombstone ("Deleted by its author", in the caller’s language, when the author deleted it); null otherwise.',
  })
  removalReason: string | null;
  @Field({ description: 'When it was posted.' }) createdAt: Date;
  @Field(() => Date, { nullable: true, description: 'When its body was last edited; null when never.' }) editedAt: Date | null;
  // Read with the post and filled by the mapper: no per-row resolver.
  @Field(() => UserType, { description: 'Who wrote it.' }) author: UserType;
  @Field(() => ScamVerdictType, {
    nullable: true,
    description: 'Why the scam guard flagged or held the post: for its author and the moderators of its language.',
  })
  scamVerdict: ScamVerdictType | null;

  // Not in the schema: the record the field resolvers decide from.
  threadId: string;
  authorId: string;
  record: PostRecord;
}

const BODY = 'Markdown, 1 to 50,000 characters, not blank; kept as typed. Scanned by the scam guard before it is stored.';

export const PostConnectionType = ConnectionType(PostType, 'Post', 'posts');

@ArgsType()
export class RepliesArgs {
  // Decorated, or the validation pipe's whitelist strips it and every page has the default size.
  @Field(() => Int, { nullable: true, defaultValue: 20, description: `Page forwards: ${PAGE_SIZE.toLowerCase()}` })
  @IsOptional()
  @IsInt()
  first?: number | null;
  @Field(() => String, { nullable: true, description: AFTER }) @IsOptional() @IsString() after?: string | null;
  @Field(() => Int, { nullable: true, description: 'Page backwards: the last replies (before `before`, or of the thread), 1 to 100.' })
  @IsOptional()
  @IsInt()
  last?: number | null;
  @Field(() => String, { nullable: true, description: 'With `last`: the replies before this cursor.' }) @IsOptional() @IsString() before?:
    string | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Start at this post number (a permalink into a long thread): the page begins with it, or the next visible reply.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  fromNumber?: number | null;
}

@InputType('CreatePostInput', { description: 'A reply to a thread.' })
export class CreatePostInput {
  @Field(() => ID, { description: 'The thread to reply to (NOT_FOUND when the caller cannot see it).' }) @IsId() threadId: string;
  @Field({ description: BODY }) @IsBody() body: string;
  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY }) @IsIdempotencyKey() idempotencyKey?: string | null;
}

@InputType('EditPostInput', { description: 'A new body for a post; the old one is kept as a revision.' })
export class EditPostInput {
  @Field(() => ID, { description: 'The post (NOT_FOUND when the caller cannot see it).' }) @IsId() postId: string;
  @Field({ description: BODY }) @IsBody() body: string;
  @Field(() => Int, {
    description: 'The `revision` the editor started from: if the post changed since, the edit is CONFLICT and nothing is lost.',
  })
  @IsInt()
  @Min(1)
  expectedRevision: number;
}

@ArgsType()
export class PostIdArgs {
  @Field(() => ID, { description: 'The post.' }) @IsId() postId: string;
}
