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
  @Field() @IsString() @Length(1, 200) refreshToken: string;
}

@ArgsType()
class TwoFactorCodeArgs {
  @Field() @IsTotpCode() code: string;
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
  @Mutation(() => AuthPayloadType)
  async register(@Args('input') input: RegisterInput, @Context() ctx: GqlContext): Promise<AuthPayloadType> {
    await this.limits.consumeForAddress('register', clientAddressOf(ctx));
    return this.toPayload(await this.auth.register(input, clientOf(ctx)));
  }

  @Public()
  @Mutation(() => AuthPayloadType)
  async login(@Args('input') input: LoginInput, @Context() ctx: GqlContext): Promise<AuthPayloadType> {
    return this.toPayload(await this.auth.login(input, clientOf(ctx)));
  }

  @Public({ ignoresAccessToken: true })
  @Mutation(() => AuthPayloadType)
  async refreshSession(@Args() { refreshToken }: RefreshTokenArgs, @Context() ctx: GqlContext): Promise<AuthPayloadType> {
    await this.limits.consumeForAddress('refresh', clientAddressOf(ctx));
    return this.toPayload(await this.auth.refresh(refreshToken, clientOf(ctx)));
  }

  @Public({ ignoresAccessToken: true })
  @Mutation(() => Boolean)
  logout(@Args() { refreshToken }: RefreshTokenArgs): Promise<boolean> {
    return this.auth.logout(refreshToken);
  }

  @SignedIn()
  @Mutation(() => TwoFactorSetupType)
  setupTwoFactor(@CurrentActor() actor: Actor): Promise<TwoFactorSetupType> {
    return this.auth.setupTwoFactor(actor);
  }

  @SignedIn()
  @Mutation(() => UserType)
  async enableTwoFactor(@Args() { code }: TwoFactorCodeArgs, @CurrentActor() actor: Actor): Promise<UserType> {
    return toUserType(await this.users.withBadge(await this.auth.enableTwoFactor(actor, code)), actor);
  }
}
