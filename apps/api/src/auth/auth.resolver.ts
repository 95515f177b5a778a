import { Args, ArgsType, Context, Field, Mutation, Resolver } from '@nestjs/graphql';
import { IsString, Length } from 'class-validator';
import { IsTotpCode } from '../common/validation.js';
import { clientAddressOf, type GqlContext } from '../graphql/gql-context.js';
import { RateLimits } from '../modules/rate-limits/rate-limits.service.js';
import { UserType } from '../modules/users/graphql/user.type.js';
import { toOwnUserType, toUserType } from '../modules/users/user.mapper.js';
import { UsersRepository } from '../modules/users/users.repository.js';
import { CurrentActor, Public, SignedIn } from './access.decorator.js';
import type { Actor } from './actor.js';
import { AuthService, type ClientInfo, type IssuedSession } from './auth.service.js';
import { AuthPayloadType, LoginInput, RegisterInput, TwoFactorSetupType } from './graphql/auth.types.js';

@ArgsType()
class RefreshTokenArgs {
  @Field({ description: 'The refresh token of the session, as the last AuthPayload gave it.' })
  @IsString()
  @Length(1, 200)
  refreshToken: string;
}

@ArgsType()
class TwoFactorCodeArgs {
  @Field({ description: 'A 6-digit code from the authenticator app, made from the secret of `setupTwoFactor`.' })
  @IsTotpCode()
  code: string;
}

const clientOf = (ctx: GqlContext): ClientInfo => ({ ip: clientAddressOf(ctx), userAgent: ctx.req.headers['user-agent'] });

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersRepository,
    private readonly limits: RateLimits,
  ) {}

  private async toPayload(issued: IssuedSession): Promise<AuthPayloadType> {
    return {
      accessToken: issued.accessToken,
      accessTokenExpiresAt: issued.accessTokenExpiresAt,
      refreshToken: issued.refreshToken,
      user: toOwnUserType(await this.users.withBadge(issued.user)),
    };
  }

  @Public()
  @Mutation(() => AuthPayloadType, {
    description: 'Create an account (role USER) and sign it in. Limited per client address (RATE_LIMITED).',
  })
  async register(
    @Args('input', { description: 'The new account.' }) input: RegisterInput,
    @Context() ctx: GqlContext,
  ): Promise<AuthPayloadType> {
    await this.limits.consumeForAddress('register', clientAddressOf(ctx));
    return this.toPayload(await this.auth.register(input, clientOf(ctx)));
  }

  @Public()
  @Mutation(() => AuthPayloadType, {
    description:
      'Sign in with a handle or e-mail and the password. Wrong credentials are UNAUTHENTICATED; an account with 2FA on and no `totp` is TWO_FACTOR_REQUIRED; a wrong code is BAD_USER_INPUT on `totp`. Repeated failures are slowed down per account and client address (RATE_LIMITED with retryAfterSeconds).',
  })
  async login(@Args('input', { description: 'The credentials.' }) input: LoginInput, @Context() ctx: GqlContext): Promise<AuthPayloadType> {
    return this.toPayload(await this.auth.login(input, clientOf(ctx)));
  }

  @Public({ ignoresAccessToken: true })
  @Mutation(() => AuthPayloadType, {
    description:
      'Trade a refresh token for a new pair; the old refresh token is then spent. The access token sent along, if any, is ignored. An unknown, expired or revoked token is UNAUTHENTICATED. The same token presented again within a short grace (two tabs refreshing at once) gets a pair too; after it, reuse ends every session of that sign-in.',
  })
  async refreshSession(@Args() { refreshToken }: RefreshTokenArgs, @Context() ctx: GqlContext): Promise<AuthPayloadType> {
    await this.limits.consumeForAddress('refresh', clientAddressOf(ctx));
    return this.toPayload(await this.auth.refresh(refreshToken, clientOf(ctx)));
  }

  @Public({ ignoresAccessToken: true })
  @Mutation(() => Boolean, {
    description:
      'End the session of this refresh token (and the tokens it was refreshed from). Always true, also for an unknown token; the access token sent along is ignored.',
  })
  logout(@Args() { refreshToken }: RefreshTokenArgs): Promise<boolean> {
    return this.auth.logout(refreshToken);
  }

  @SignedIn()
  @Mutation(() => TwoFactorSetupType, {
    description:
      'Start turning on TOTP 2FA: a new secret, pending until `enableTwoFactor` confirms it (calling again replaces it). CONFLICT when 2FA is already on.',
  })
  setupTwoFactor(@CurrentActor() actor: Actor): Promise<TwoFactorSetupType> {
    return this.auth.setupTwoFactor(actor);
  }

  @SignedIn()
  @Mutation(() => UserType, {
    description:
      'Turn 2FA on with a code from the pending secret; from then on `login` asks for a code. Staff, moderators and admins need it for their powers (TWO_FACTOR_REQUIRED until then). A wrong code is BAD_USER_INPUT on `code`; no pending secret or 2FA already on is CONFLICT.',
  })
  async enableTwoFactor(@Args() { code }: TwoFactorCodeArgs, @CurrentActor() actor: Actor): Promise<UserType> {
    return toUserType(await this.users.withBadge(await this.auth.enableTwoFactor(actor, code)), actor);
  }
}
