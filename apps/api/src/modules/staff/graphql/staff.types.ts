import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsDate, IsIn, IsInt, IsOptional, IsString } from 'class-validator';
import { IsId, IsText, SUPPORTED_CONTENT_LOCALES } from '../../../common/validation.js';
import { ConnectionType, connectionDescription } from '../../../graphql/connection.js';
import { AFTER, PAGE_SIZE, REASON } from '../../../graphql/descriptions.js';
import { UserType } from '../../users/graphql/user.type.js';

@InputType('GrantStaffBadgeInput', { description: 'A staff badge for an account.' })
export class GrantStaffBadgeInput {
  @Field(() => ID, { description: 'The account (NOT_FOUND when there is none).' }) @IsId() userId: string;
  @Field({ description: 'Shown beside the name, e.g. "Official support"; 2 to 80 characters.' }) @IsText(2, 80) title: string;
  @Field({ description: 'The team, e.g. "Customer Support"; 2 to 80 characters.' }) @IsText(2, 80) team: string;
  @Field(() => [String], {
    description: 'The languages (board locales) this staff member answers in: 1 to 10, each with boards (BAD_USER_INPUT otherwise).',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsIn([...SUPPORTED_CONTENT_LOCALES], { each: true })
  locales: string[];
}

@ArgsType()
export class RevokeStaffBadgeArgs {
  @Field(() => ID, { description: 'The staff member (CONFLICT when they have no badge).' }) @IsId() userId: string;
  @Field({ description: REASON }) @IsText(3, 500) reason: string;
}

@ArgsType()
export class StaffQueueArgs {
  @Field(() => [String], {
    nullable: true,
    description: "Default: the caller's badge languages (every language for admins). One outside them is FORBIDDEN.",
  })
  @IsOptional()
  @IsArray()
  @IsIn([...SUPPORTED_CONTENT_LOCALES], { each: true })
  locales?: string[] | null;
  @Field(() => Int, { nullable: true, defaultValue: 20, description: PAGE_SIZE }) @IsOptional() @IsInt() first?: number | null;
  @Field(() => String, { nullable: true, description: AFTER }) @IsOptional() @IsString() after?: string | null;
}

@ArgsType()
export class StaffMetricsArgs {
  @Field({ description: 'The language (en or zh-CN); one outside the caller’s badge is FORBIDDEN (admins: any).' })
  @IsIn([...SUPPORTED_CONTENT_LOCALES])
  locale: string;
  @Field({ description: 'The start of the period: the questions asked since then count.' }) @IsDate() since: Date;
}

@ObjectType('StaffVerification', { description: 'Whether a handle belongs to official staff, or imitates someone who does.' })
export class StaffVerificationType {
  @Field({ description: 'The handle checked, as typed (trimmed).' }) handle: string;
  @Field({ description: 'Whether it is the handle of a current staff member (case does not matter).' }) isOfficial: boolean;
  @Field(() => UserType, { nullable: true, description: 'The official account, when isOfficial.' }) user: UserType | null;
  @Field(() => UserType, { nullable: true, description: 'The official account this handle imitates, when it is a lookalike.' })
  lookalikeOf: UserType | null;
}

@ObjectType('StaffMetrics', { description: 'First-response figures over the questions asked since `since` in one language.' })
export class StaffMetricsType {
  @Field({ description: 'The language of the boards counted.' }) locale: string;
  @Field({ description: 'The start of the period, as asked.' }) since: Date;
  @Field(() => Int, { description: 'Open public questions with no staff reply yet.' }) unanswered: number;
  @Field(() => Int, { description: 'Questions (public and private) that got a first staff response.' }) answered: number;
  @Field(() => Float, {
    nullable: true,
    description: 'The median time from question to first staff response, in seconds, over the answered ones; null when none was answered.',
  })
  medianFirstResponseSeconds: number | null;
  @Field(() => Float, { nullable: true, description: 'The 90th percentile of that time, in seconds; null when none was answered.' })
  p90FirstResponseSeconds: number | null;
}

@ObjectType('StaffLookalike', {
  description: 'An account whose name imitates a staff member, found when the badge was granted; for moderators to act on.',
})
export class StaffLookalikeType {
  @Field({ description: 'handle or displayName: which of the account’s names imitates the member.' }) field: string;
  @Field({ description: 'The name as it was found.' }) name: string;
  @Field({ description: 'When it was found.' }) detectedAt: Date;
  userId: string;
  staffId: string;
}

@ObjectType('StaffLookalikeConnection', { description: connectionDescription('staff lookalike findings') })
export class StaffLookalikeConnectionType extends ConnectionType(StaffLookalikeType, 'StaffLookalike', 'staff lookalike findings') {}

@ArgsType()
export class StaffLookalikesArgs {
  @Field(() => Int, { nullable: true, defaultValue: 20, description: PAGE_SIZE }) @IsOptional() @IsInt() first?: number | null;
  @Field(() => String, { nullable: true, description: AFTER }) @IsOptional() @IsString() after?: string | null;
}

@ArgsType()
export class DismissStaffLookalikeArgs {
  @Field(() => ID, { description: 'The imitating account.' }) @IsId() userId: string;
  @Field(() => ID, { description: 'The staff member it was found to imitate.' }) @IsId() staffId: string;
  @Field({ description: REASON }) @IsText(3, 500) reason: string;
}
