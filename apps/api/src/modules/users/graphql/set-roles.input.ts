import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsIn, IsOptional } from 'class-validator';
import { IsId, SUPPORTED_CONTENT_LOCALES } from '../../../common/validation.js';
import { ROLES, type Role } from '../user.entity.js';
import { RoleEnum } from './user.type.js';

@InputType('SetRolesInput')
export class SetRolesInput {
  @Field(() => ID) @IsId() userId: string;
  @Field(() => [RoleEnum]) @IsArray() @ArrayMaxSize(4) @IsIn([...ROLES], { each: true }) roles: Role[];
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsIn([...SUPPORTED_CONTENT_LOCALES], { each: true })
  moderatorLocales?: string[] | null;
}
