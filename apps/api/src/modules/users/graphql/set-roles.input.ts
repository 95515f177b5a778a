import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsIn, IsOptional } from 'class-validator';
import { IsId, SUPPORTED_CONTENT_LOCALES } from '../../../common/validation.js';
import { ROLES, type Role } from '../user.entity.js';
import { RoleEnum } from './user.type.js';

@InputType('SetRolesInput', { description: 'The whole set of roles an account should have; logged with before and after.' })
export class SetRolesInput {
  @Field(() => ID, { description: 'The account.' }) @IsId() userId: string;
  @Field(() => [RoleEnum], {
    description: 'Its roles from now on (USER is always kept). An admin cannot drop their own ADMIN role (FORBIDDEN).',
  })
  @IsArray()
  @ArrayMaxSize(4)
  @IsIn([...ROLES], { each: true })
  roles: Role[];
  @Field(() => [String], {
    nullable: true,
    description: 'The languages it moderates, with MODERATOR (en, zh-CN); ignored and cleared without it.',
  })
  @IsOptional()
  @IsArray()
  @IsIn([...SUPPORTED_CONTENT_LOCALES], { each: true })
  moderatorLocales?: string[] | null;
}
