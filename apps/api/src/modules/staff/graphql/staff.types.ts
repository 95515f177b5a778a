import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsDate, IsIn, IsInt, IsOptional, IsString } from 'class-validator';
import { IsId, IsText, SUPPORTED_CONTENT_LOCALES } from '../../../common/validation.js';
import { ConnectionType, connectionDescription } from '../../../graphql/connection.js';
import { UserType } from '../../users/graphql/user.type.js';

@InputType('GrantStaffBadgeInput')
export class GrantStaffBadgeInput {
  @Field(() => ID) @IsId() userId: string;
  @Field({ description: 'Shown beside the name, e.g. "Official support".' }) @IsText(2, 80) title: string;
  @Field() @IsText(2, 80) team: string;
  @Field(() => [String], { description: 'The languages (board locales) this staff member answers in.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsIn([...SUPPORTED_CONTENT_LOCALES], { each: true })
  locales: string[];
}

@ArgsType()
export class RevokeStaffBadgeArgs {
  @Field(() => ID) @IsId() userId: string;
  @Field() @IsText(3, 500) reason: string;
}

@ArgsType()
export class StaffQueueArgs {
  @Field(() => [String], { nullable: true, description: "Default: the caller's badge languages (every language for admins)." })
  @IsOptional()
  @IsArray()
  @IsIn([...SUPPORTED_CONTENT_LOCALES], { each: true })
  locales?: string[] | null;
  @Field(() => Int, { nullable: true, defaultValue: 20 }) @IsOptional() @IsInt() first?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() after?: string | null;
}

@ArgsType()
export class StaffMetricsArgs {
  @Field() @IsIn([...SUPPORTED_CONTENT_LOCALES]) locale: string;
  @Field() @IsDate() since: Date;
}

@ObjectType('StaffVerification', { description: 'Whether a handle belongs to official staff, or imitates someone who does.' })
export class StaffVerificationType {
  @Field() handle: string;
  @Field() isOfficial: boolean;
  @Field(() => UserType, { nullable: true, description: 'The official account, when isOfficial.' }) user: UserType | null;
  @Field(() => UserType, { nullable: true, description: 'The official account this handle imitates, when it is a lookalike.' }) lookalikeOf: UserType | null;
}

@ObjectType('StaffMetrics', { description: 'First-response figures over the questions asked since `since` in one language.' })
export class StaffMetricsType {
  @Field() locale: string;
  @Field() since: Date;
  @Field(() => Int, { description: 'Open public questions with no staff reply yet.' }) unanswered: number;
  @Field(() => Int, { description: 'Questions (public and private) that got a first staff response.' }) answered: number;
  @Field(() => Float, { nullable: true }) medianFirstResponseSeconds: number | null;
  @Field(() => Float, { nullable: true }) p90FirstResponseSeconds: number | null;
}

@ObjectType('StaffLookalike', { description: 'An account whose name imitates a staff member, found when the badge was granted; for moderators to act on.' })
export class StaffLookalikeType {
  @Field({ description: 'handle or displayName: which of the account’s names imitates the member.' }) field: string;
  @Field({ description: 'The name as it was found.' }) name: string;
  @Field() detectedAt: Date;
  userId: string;
  staffId: string;
}

@ObjectType('StaffLookalikeConnection', { description: connectionDescription('staff lookalike findings') })
export class StaffLookalikeConnectionType extends ConnectionType(StaffLookalikeType, 'StaffLookalike', 'staff lookalike findings') {}

@ArgsType()
export class StaffLookalikesArgs {
  @Field(() => Int, { nullable: true, defaultValue: 20 }) @IsOptional() @IsInt() first?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() after?: string | null;
}

@ArgsType()
export class DismissStaffLookalikeArgs {
  @Field(() => ID, { description: 'The imitating account.' }) @IsId() userId: string;
  @Field(() => ID, { description: 'The staff member it was found to imitate.' }) @IsId() staffId: string;
  @Field() @IsText(3, 500) reason: string;
}
