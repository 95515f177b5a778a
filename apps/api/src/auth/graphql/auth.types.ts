import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString, Length } from 'class-validator';
import { IsAccountEmail, IsDisplayName, IsHandle, IsLocale, IsPassword, IsTotpCode } from '../../common/validation.js';
import { UserType } from '../../modules/users/graphql/user.type.js';

@ObjectType('AuthPayload', { description: 'A new session: the tokens that sign its requests, and the account it belongs to.' })
export class AuthPayloadType {
  @Field({
    description:
      'A short-lived JWT (15 minutes by default): send `Authorization: Bearer <accessToken>` over HTTP, and the connection parameters `{ authorization: "Bearer <accessToken>" }` over graphql-ws.',
  })
  accessToken: string;
  @Field({ description: 'When the access token expires: refresh a little before.' }) accessTokenExpiresAt: Date;
  @Field({
    description:
      'Trades for a new pair with `refreshSession` (valid 30 days by default), and ends the session with `logout`. Each refresh replaces it: keep only the newest one.',
  })
  refreshToken: string;
  @Field(() => UserType, { description: 'The signed-in account, with its private fields.' }) user: UserType;
}

@ObjectType('TwoFactorSetup', { description: 'A new TOTP secret, pending until `enableTwoFactor` confirms a code made from it.' })
export class TwoFactorSetupType {
  @Field({ description: 'The secret in base32, for authenticator apps that take it typed in.' }) secret: string;
  @Field({ description: 'The same secret as an `otpauth://totp/...` URI, to show as a QR code.' }) otpauthUrl: string;
}

@InputType('RegisterInput', {
  description: 'A new account. A handle or e-mail already taken, or a name that imitates staff, is BAD_USER_INPUT on that field.',
})
export class RegisterInput {
  @Field({ description: 'The e-mail address to sign in with (at most 254 characters; compared without case). Never shown to other users.' })
  @IsAccountEmail()
  email: string;
  @Field({ description: 'The unique public name, 3 to 30 of a-z, 0-9 and _ (stored in lower case). It cannot be changed later.' })
  @IsHandle()
  handle: string;
  @Field(() => String, { nullable: true, description: 'The name shown beside posts, 1 to 50 characters; the handle when left out.' })
  @IsOptional()
  @IsDisplayName()
  displayName?: string | null;
  @Field({ description: '10 to 128 characters, taken exactly as typed (spaces included).' }) @IsPassword() password: string;
  @Field({
    description:
      'The language of the account (en or zh-CN; zh-*, en-* and other variants are accepted as these): its messages, and its boards by default.',
  })
  @IsLocale()
  locale: string;
}

@InputType('LoginInput', { description: 'Credentials for `login`.' })
export class LoginInput {
  @Field({ description: 'The handle or the e-mail address of the account.' }) @IsString() @Length(1, 254) login: string;
  @Field({ description: 'The password, exactly as registered.' }) @IsString() @Length(1, 128) password: string;
  @Field(() => String, {
    nullable: true,
    description: 'The 6-digit code of the authenticator app, for an account with 2FA on. Each code is accepted once.',
  })
  @IsOptional()
  @IsTotpCode()
  totp?: string | null;
}
