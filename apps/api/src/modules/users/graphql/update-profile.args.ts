import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { IsDisplayName, IsLocale } from '../../../common/validation.js';

@ArgsType()
export class UpdateProfileArgs {
  @Field(() => String, { nullable: true }) @IsOptional() @IsDisplayName() displayName?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsLocale() locale?: string | null;
}
