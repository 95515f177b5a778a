import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { IsDisplayName, IsLocale } from '../../../common/validation.js';

@ArgsType()
export class UpdateProfileArgs {
  @Field(() => String, {
    nullable: true,
    description: 'A new display name, 1 to 50 characters; one that imitates staff is BAD_USER_INPUT. Left out: unchanged.',
  })
  @IsOptional()
  @IsDisplayName()
  displayName?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'A new language for the account (en or zh-CN, variants accepted). Left out: unchanged.',
  })
  @IsOptional()
  @IsLocale()
  locale?: string | null;
}
