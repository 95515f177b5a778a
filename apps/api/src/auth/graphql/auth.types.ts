import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString, Length } from 'class-validator';
import { IsAccountEmail, IsDisplayName, IsHandle, IsLocale, IsPassword, IsTotpCode } from '../../common/validation.js';
import { UserType } from '../../modules/users/graphql/user.type.js';

@ObjectType('AuthPayload')
export class AuthPayloadType {
  @Field() accessToken: string;
  @Field({ description: 'When the access token expires: refresh a little before.' }) accessTokenExpiresAt: Date;
  @Field() refreshToken: string;
  @Field(() => UserType) user: UserType;
}

@ObjectType('TwoFactorSetup')
export class TwoFactorSetupType {
  @Field() secret: string;
  @Field() otpauthUrl: string;
}

@InputType('RegisterInput')
export class RegisterInput {
  @Field() @IsAccountEmail() email: string;
  @Field() @IsHandle() handle: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsDisplayName() displayName?: string | null;
  @Field() @IsPassword() password: string;
  @Field() @IsLocale() locale: string;
}

@InputType('LoginInput')
export class LoginInput {
  @Field() @IsString() @Length(1, 254) login: string;
  @Field() @IsString() @Length(1, 128) password: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsTotpCode() totp?: string | null;
}
