import { ArgsType, Field, Float, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { ACTION_ORDER, type ScamAction } from '#libs/scam-guard';
import { IsBody, IsId, IsLocale } from '../../../common/validation.js';
import { SCAM_RULE_KINDS, type ScamRuleKind } from '../scam-rule.entity.js';

export const ScamActionEnum = Object.fromEntries(ACTION_ORDER.map((a) => [a, a])) as { [A in ScamAction]: A };
registerEnumType(ScamActionEnum, { name: 'ScamAction' });
export const ScamRuleKindEnum = Object.fromEntries(SCAM_RULE_KINDS.map((k) => [k, k])) as { [K in ScamRuleKind]: K };
registerEnumType(ScamRuleKindEnum, { name: 'ScamRuleKind' });

@ObjectType('ScamSignal')
export class ScamSignalType {
  @Field() kind: string;
  @Field() evidence: string;
  @Field() message: string;
}

@ObjectType('ScamVerdict')
export class ScamVerdictType {
  @Field(() => ScamActionEnum) action: ScamAction;
  @Field(() => Float) score: number;
  @Field(() => [ScamSignalType]) signals: ScamSignalType[];
}

@ObjectType('ScamRule')
export class ScamRuleType {
  @Field(() => ID) id: string;
  @Field(() => ScamRuleKindEnum) kind: ScamRuleKind;
  @Field() pattern: string;
  @Field(() => String, { nullable: true }) locale: string | null;
  @Field(() => ScamActionEnum) action: ScamAction;
  @Field() createdAt: Date;
}

@ArgsType()
export class CheckContentArgs {
  @Field() @IsBody() body: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsLocale() locale?: string | null;
}

@ArgsType()
export class ScamRulesArgs {
  @Field(() => ScamRuleKindEnum, { nullable: true }) @IsOptional() @IsIn([...SCAM_RULE_KINDS]) kind?: ScamRuleKind | null;
}

@InputType('AddScamRuleInput')
export class AddScamRuleInput {
  @Field(() => ScamRuleKindEnum) @IsIn([...SCAM_RULE_KINDS]) kind: ScamRuleKind;
  @Field() @IsString() @Length(1, 200) pattern: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsLocale() locale?: string | null;
  @Field(() => ScamActionEnum) @IsIn([...ACTION_ORDER]) action: ScamAction;
}

@ArgsType()
export class RuleIdArgs {
  @Field(() => ID) @IsId() id: string;
}
