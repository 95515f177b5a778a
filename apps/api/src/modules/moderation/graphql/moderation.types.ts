import { ArgsType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsArray, IsBoolean, IsDate, IsIn, IsInt, IsOptional, IsString } from 'class-validator';
import { IsId, IsOptionalText, IsText, msg, SUPPORTED_CONTENT_LOCALES } from '../../../common/validation.js';
import { ConnectionType, connectionDescription } from '../../../graphql/connection.js';
import { AFTER, PAGE_SIZE, REASON } from '../../../graphql/descriptions.js';
import { REPORT_REASONS, type ReportReason } from '../reports/report.entity.js';

export const MODERATION_ACTIONS = ['HIDE', 'REMOVE', 'RESTORE', 'APPROVE'] as const;
export type ModerationActionKind = (typeof MODERATION_ACTIONS)[number];
export const ModerationActionKindEnum = Object.fromEntries(MODERATION_ACTIONS.map((a) => [a, a])) as { [A in ModerationActionKind]: A };
registerEnumType(ModerationActionKindEnum, {
  name: 'ModerationActionKind',
  description: 'What a moderator does with a post (moderatePost). Each is logged with its reason.',
  valuesMap: {
    HIDE: {
      description: 'Make it a tombstone, reversibly; its text stays readable to moderators and its author. Upholds its open reports.',
    },
    REMOVE: { description: 'Make it a tombstone that shows the reason; its text stays readable to moderators. Upholds its open reports.' },
    RESTORE: { description: 'Make a hidden or removed post visible again. Dismisses its open reports.' },
    APPROVE: { description: 'Release a held post (or clear a flagged one) after review: it is visible. Dismisses its open reports.' },
  },
});

@InputType('ModeratePostInput', { description: 'A moderator’s decision on a post.' })
export class ModeratePostInput {
  @Field(() => ID, { description: 'The post (NOT_FOUND when there is none).' }) @IsId() postId: string;
  @Field(() => ModerationActionKindEnum, { description: 'What to do with it.' })
  @IsIn([...MODERATION_ACTIONS])
  action: ModerationActionKind;
  @Field({ description: 'Why, 3 to 500 characters: kept in the log; for a removal, shown on the tombstone.' })
  @IsText(3, 500)
  reason: string;
}

@ArgsType()
export class ThreadReasonArgs {
  @Field(() => ID, { description: 'The thread (NOT_FOUND when there is none).' }) @IsId() threadId: string;
  @Field({ description: REASON }) @IsText(3, 500) reason: string;
}

@ArgsType()
export class PinThreadArgs {
  @Field(() => ID, { description: 'The thread (NOT_FOUND when there is none).' }) @IsId() threadId: string;
  @Field({ description: 'true to pin, false to unpin.' }) @IsBoolean() pinned: boolean;
}

@InputType('BanUserInput', { description: 'A ban: who, until when, and why.' })
export class BanUserInput {
  @Field(() => ID, { description: 'The account to ban.' }) @IsId() userId: string;
  @Field(() => Date, { nullable: true, description: 'Until when; none: until lifted.' }) @IsOptional() @IsDate() until?: Date | null;
  @Field({ description: REASON }) @IsText(3, 500) reason: string;
}

@ArgsType()
export class UnbanArgs {
  @Field(() => ID, { description: 'The account.' }) @IsId() userId: string;
  @Field({ description: REASON }) @IsText(3, 500) reason: string;
}

export const ReportReasonEnum = Object.fromEntries(REPORT_REASONS.map((r) => [r, r])) as { [R in ReportReason]: R };
registerEnumType(ReportReasonEnum, {
  name: 'ReportReason',
  description: 'Why a post is reported. SCAM, PHISHING and IMPERSONATION weigh most in the review queue.',
  valuesMap: {
    SCAM: { description: 'Tries to take users’ money or accounts (fake offers, “send me your coins”).' },
    PHISHING: { description: 'Links to a site that imitates the exchange or asks for credentials.' },
    IMPERSONATION: { description: 'Pretends to be staff or official support.' },
    SPAM: { description: 'Advertising or repeated posts.' },
    ABUSE: { description: 'Insults, harassment or hate.' },
    OFF_TOPIC: { description: 'Does not belong in this thread or board.' },
    OTHER: { description: 'Anything else; say what in the note.' },
  },
});

@InputType('ReportPostInput', { description: 'A report of a post to the moderators.' })
export class ReportPostInput {
  @Field(() => ID, { description: 'The post (NOT_FOUND when the caller cannot see it).' }) @IsId() postId: string;
  @Field(() => ReportReasonEnum, { description: 'Why.' }) @IsIn([...REPORT_REASONS], msg('validation.enum')) reason: ReportReason;
  @Field(() => String, {
    nullable: true,
    description: 'What the moderators should know (at most 1,000 characters; scanned like any text).',
  })
  @IsOptionalText(1000)
  note?: string | null;
}

@ObjectType('Report', {
  description: "A user's report of a post. Visible to moderators of the post's language and admins, and to the reporter.",
})
export class ReportType {
  @Field(() => ID, { description: 'The report’s id (a UUID).' }) id: string;
  @Field(() => ReportReasonEnum, { description: 'Why the post was reported.' }) reason: ReportReason;
  @Field(() => String, { nullable: true, description: 'What the reporter added; null when nothing.' }) note: string | null;
  @Field({ description: 'When it was made.' }) createdAt: Date;
  postId: string;
  reporterId: string;
}

@ObjectType('ReviewItem', { description: 'A post waiting for a moderator: reported, or held or flagged by the scam guard.' })
export class ReviewItemType {
  @Field(() => Float, {
    description:
      'How urgent (higher first): the scam guard’s score, the reports weighted by the reporters’ trust and reason, and 100 more when reports hid the post.',
  })
  priority: number;
  @Field({ description: 'Whether reports hid the post automatically, pending this review.' }) autoHidden: boolean;
  @Field({ description: 'When the post entered the queue.' }) openedAt: Date;
  postId: string;
  rank: number;
}

@ObjectType('ReviewItemConnection', { description: connectionDescription('review items') })
export class ReviewItemConnectionType extends ConnectionType(ReviewItemType, 'ReviewItem', 'review items') {}

@ArgsType()
export class ReviewQueueArgs {
  @Field(() => [String], {
    nullable: true,
    description: "Default: the languages the caller moderates (every language for admins). One outside the caller's scope is FORBIDDEN.",
  })
  @IsOptional()
  @IsArray()
  @IsIn([...SUPPORTED_CONTENT_LOCALES], { each: true, ...msg('validation.locale', { locales: SUPPORTED_CONTENT_LOCALES.join(', ') }) })
  locales?: string[] | null;
  @Field(() => Int, { nullable: true, defaultValue: 20, description: PAGE_SIZE }) @IsOptional() @IsInt(msg('validation.integer')) first?:
    number | null;
  @Field(() => String, { nullable: true, description: AFTER }) @IsOptional() @IsString() after?: string | null;
}

@ObjectType('ModerationLogEntry', {
  description: 'One action of a moderator, admin or staff member, written by the transaction that made it. The log cannot be changed.',
})
export class ModerationLogEntryType {
  @Field(() => ID, { description: 'The entry’s id (a UUID).' }) id: string;
  @Field({
    description:
      'What was done, a stable code, e.g. REMOVE_POST, AUTO_HIDE_POST, BAN_USER, PURGE_USER, RESTORE_USER_CONTENT, MOVE_THREAD, MARK_OFFICIAL_ANSWER, GRANT_BADGE.',
  })
  action: string;
  @Field({ description: 'What kind of thing was acted on: USER, BOARD, SCAM_RULE, thread or post.' }) targetType: string;
  @Field(() => ID, { description: 'The id of what was acted on.' }) targetId: string;
  @Field(() => String, { nullable: true, description: 'The language of the content acted on, when it has one.' }) locale: string | null;
  @Field(() => String, { nullable: true, description: 'The reason given; null for actions that take none (e.g. pinning).' }) reason:
    string | null;
  @Field(() => String, { nullable: true, description: 'What the target was before the action, as JSON.' }) before: string | null;
  @Field(() => String, { nullable: true, description: 'What the action made of it, as JSON.' }) after: string | null;
  @Field({ description: 'When the action was taken.' }) createdAt: Date;
  actorId: string;
}

@ObjectType('ModerationLogConnection', { description: connectionDescription('moderation log entries') })
export class ModerationLogConnectionType extends ConnectionType(ModerationLogEntryType, 'ModerationLog', 'moderation log entries') {}

@ArgsType()
export class ModerationLogArgs {
  @Field(() => Int, { nullable: true, defaultValue: 50, description: PAGE_SIZE }) @IsOptional() @IsInt(msg('validation.integer')) first?:
    number | null;
  @Field(() => String, { nullable: true, description: AFTER }) @IsOptional() @IsString() after?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only the actions of this account.' }) @IsOptional() @IsId() actorId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only the actions on this target (the id of a user, board, scam rule, thread or post).' })
  @IsOptional()
  @IsId()
  targetId?: string | null;
}

@ObjectType('PurgeResult', { description: 'What purgeUserContent took down, or restoreUserContent brought back.' })
export class PurgeResultType {
  @Field(() => Int, { description: 'Threads whose question was removed (or restored).' }) threadsRemoved: number;
  @Field(() => Int, { description: 'Replies removed (or restored).' }) postsRemoved: number;
  userId: string;
}

@ArgsType()
export class PurgeArgs {
  @Field(() => ID, { description: 'The account whose content goes (NOT_FOUND when there is none).' }) @IsId() userId: string;
  @Field({ description: REASON }) @IsText(3, 500) reason: string;
  @Field({ nullable: true, defaultValue: false, description: 'Also ban the account, in the same transaction.' })
  @IsOptional()
  @IsBoolean()
  ban?: boolean;
  @Field(() => Date, { nullable: true, description: 'With ban: until when; none: until lifted.' })
  @IsOptional()
  @IsDate()
  banUntil?: Date | null;
}

@ArgsType()
export class PurgePreviewArgs {
  @Field(() => ID, { description: 'The account.' }) @IsId() userId: string;
}

@ArgsType()
export class MoveThreadArgs {
  @Field(() => ID, { description: 'The thread (NOT_FOUND when there is none).' }) @IsId() threadId: string;
  @Field(() => ID, { description: 'A board of the same kind, in the same or another language; the moderator must moderate both.' })
  @IsId()
  boardId: string;
  @Field({ description: REASON }) @IsText(3, 500) reason: string;
}
