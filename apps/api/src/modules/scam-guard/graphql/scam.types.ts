import { ArgsType, Field, Float, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { ACTION_ORDER, type ScamAction } from '#libs/scam-guard';
import { IsBody, IsId, IsLocale } from '../../../common/validation.js';
import { SCAM_RULE_KINDS, type ScamRuleKind } from '../scam-rule.entity.js';

export const ScamActionEnum = Object.fromEntries(ACTION_ORDER.map((a) => [a, a])) as { [A in ScamAction]: A };
registerEnumType(ScamActionEnum, {
  name: 'ScamAction',
  description: 'What the scam guard does with a text, from mildest to strongest.',
  valuesMap: {
    ALLOW: { description: 'Published; nothing to review.' },
    FLAG: { description: 'Published, and queued for a moderator’s review.' },
    HOLD: { description: 'Stored as HELD: visible only to its author and the moderators until a moderator approves it.' },
    BLOCK: {
      description:
        'Not stored: the request fails with CONTENT_BLOCKED and the signals. For the poster’s own secrets (a recovery phrase, a private key).',
    },
  },
});
export const ScamRuleKindEnum = Object.fromEntries(SCAM_RULE_KINDS.map((k) => [k, k])) as { [K in ScamRuleKind]: K };
registerEnumType(ScamRuleKindEnum, {
  name: 'ScamRuleKind',
  description: 'What a scam-guard rule matches.',
  valuesMap: {
    ALLOWED_DOMAIN: { description: 'Links to this domain or its subdomains are trusted like the official ones (action ALLOW only).' },
    DENIED_DOMAIN: {
      description: 'Links to this domain or its subdomains are at least held (action FLAG, HOLD or BLOCK; FLAG acts as HOLD).',
    },
    WATCHED_PHRASE: {
      description:
        'Text containing this phrase (compared after the scanner’s normalization: case, spacing, lookalike letters) gets the rule’s action (FLAG, HOLD or BLOCK).',
    },
  },
});

@ObjectType('ScamSignal', { description: 'One thing the scam guard found in a text.' })
export class ScamSignalType {
  @Field({
    description:
      'What was found, a stable code: EXTERNAL_LINK, LOOKALIKE_DOMAIN, DENIED_DOMAIN, KNOWN_PHISHING_DOMAIN, NEW_ACCOUNT_LINK, CONTACT_SOLICITATION, SECRET_REQUEST, SECRET_LEAK, GIVEAWAY, RECOVERY_SCAM, INVESTMENT_SCAM, ILLICIT_OFFER, IMPERSONATION, WATCHED_PHRASE, WALLET_DRAINER, TASK_SCAM or FAKE_SUPPORT (more may come).',
  })
  kind: string;
  @Field({ description: 'The part of the text that triggered it (a domain, a phrase; a leaked secret is masked).' }) evidence: string;
  @Field({ description: 'An explanation for the writer, in the caller’s language (en or zh-CN).' }) message: string;
}

@ObjectType('ScamVerdict', { description: 'The scam guard’s judgement of a text: what it would do, how sure it is, and why.' })
export class ScamVerdictType {
  @Field(() => ScamActionEnum, { description: 'What posting the text would lead to.' }) action: ScamAction;
  @Field(() => Float, {
    description: 'How likely a scam, 0 to 1; only a leaked secret reaches 1. The action follows from thresholds on it and from the rules.',
  })
  score: number;
  @Field(() => [ScamSignalType], { description: 'The findings behind the score; empty when there are none.' }) signals: ScamSignalType[];
}

@ObjectType('ScamRule', { description: 'A scam-guard rule that admins maintain: a domain to allow or deny, or a phrase to watch.' })
export class ScamRuleType {
  @Field(() => ID, { description: 'The rule’s id (a UUID), for removeScamRule.' }) id: string;
  @Field(() => ScamRuleKindEnum, { description: 'What it matches.' }) kind: ScamRuleKind;
  @Field({ description: 'The domain (lower case) or the phrase.' }) pattern: string;
  @Field(() => String, {
    nullable: true,
    description: 'For a watched phrase, the content language it applies to; null for every language. Domain rules apply in every language.',
  })
  locale: string | null;
  @Field(() => ScamActionEnum, { description: 'What a match leads to, at least.' }) action: ScamAction;
  @Field({ description: 'When it was added.' }) createdAt: Date;
}

@ArgsType()
export class CheckContentArgs {
  @Field({ description: 'The text to check, as the composer has it (title and body together), 1 to 50,000 characters.' })
  @IsBody()
  body: string;
  @Field(() => String, {
    nullable: true,
    description: 'The language of the board it is for (en or zh-CN); left out: the caller’s language.',
  })
  @IsOptional()
  @IsLocale()
  locale?: string | null;
}

@ArgsType()
export class ScamRulesArgs {
  @Field(() => ScamRuleKindEnum, { nullable: true, description: 'Only rules of this kind; left out: all.' })
  @IsOptional()
  @IsIn([...SCAM_RULE_KINDS])
  kind?: ScamRuleKind | null;
}

@InputType('AddScamRuleInput', {
  description:
    'A new scam-guard rule. An action the kind does not take, or a domain the scanner could never match, is BAD_USER_INPUT; the same live rule twice is CONFLICT.',
})
export class AddScamRuleInput {
  @Field(() => ScamRuleKindEnum, { description: 'What it matches.' }) @IsIn([...SCAM_RULE_KINDS]) kind: ScamRuleKind;
  @Field({
    description:
      'A domain such as example.com (a leading *. is dropped; its subdomains match too), or a phrase; 1 to 200 characters, trimmed.',
  })
  @IsString()
  @Length(1, 200)
  pattern: string;
  @Field(() => String, {
    nullable: true,
    description:
      'For a watched phrase: only for content in this language (en or zh-CN); left out: every language. Domain rules apply in every language.',
  })
  @IsOptional()
  @IsLocale()
  locale?: string | null;
  @Field(() => ScamActionEnum, { description: 'ALLOW for ALLOWED_DOMAIN; FLAG, HOLD or BLOCK for the others.' })
  @IsIn([...ACTION_ORDER])
  action: ScamAction;
}

@ArgsType()
export class RuleIdArgs {
  @Field(() => ID, { description: 'The rule’s id.' }) @IsId() id: string;
}
