import { ArgsType, Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { IsDate, IsIn, IsOptional } from 'class-validator';
import { IsId, IsText } from '../../../common/validation.js';

export const MODERATION_ACTIONS = ['HIDE', 'REMOVE', 'RESTORE', 'APPROVE'] as const;
export type ModerationActionKind = (typeof MODERATION_ACTIONS)[number];
export const ModerationActionKindEnum = Object.fromEntries(MODERATION_ACTIONS.map((a) => [a, a])) as { [A in ModerationActionKind]: A };
registerEnumType(ModerationActionKindEnum, { name: 'ModerationActionKind' });

@InputType('ModeratePostInput')
export class ModeratePostInput {
  @Field(() => ID) @IsId() postId: string;
  @Field(() => ModerationActionKindEnum) @IsIn([...MODERATION_ACTIONS]) action: ModerationActionKind;
  @Field({ description: 'Why: kept in the log; for a removal, shown on the tombstone.' }) @IsText(3, 500) reason: string;
}

@ArgsType()
export class ThreadReasonArgs {
  @Field(() => ID) @IsId() threadId: string;
  @Field() @IsText(3, 500) reason: string;
}

@InputType('BanUserInput')
export class BanUserInput {
  @Field(() => ID) @IsId() userId: string;
  @Field(() => Date, { nullable: true, description: 'Until when; none: until lifted.' }) @IsOptional() @IsDate() until?: Date | null;
  @Field() @IsText(3, 500) reason: string;
}

@ArgsType()
export class UnbanArgs {
  @Field(() => ID) @IsId() userId: string;
  @Field() @IsText(3, 500) reason: string;
}
