import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, Public, SignedIn } from '../../auth/access.decorator.js';
import type { Actor } from '../../auth/actor.js';
import { SetRolesInput } from './graphql/set-roles.input.js';
import { UpdateProfileArgs } from './graphql/update-profile.args.js';
import { UserType } from './graphql/user.type.js';
import { toUserType } from './user.mapper.js';
import { UsersService } from './users.service.js';

@Resolver()
export class UsersResolver {
  constructor(private readonly users: UsersService) {}

  @Public()
  @Query(() => UserType, { nullable: true, description: 'The signed-in account, with its private fields; null for a visitor.' })
  async me(@CurrentActor() actor: Actor | null): Promise<UserType | null> {
    return actor ? toUserType(await this.users.withBadge(await this.users.me(actor)), actor) : null;
  }

  @Public()
  @Query(() => UserType, {
    nullable: true,
    description: 'The account with this handle (case does not matter), as the viewer may see it; null when there is none.',
  })
  async user(
    @Args('handle', { description: 'The handle, without @.' }) handle: string,
    @CurrentActor() actor: Actor | null,
  ): Promise<UserType | null> {
    const user = await this.users.findByHandle(handle);
    return user ? toUserType(await this.users.withBadge(user), actor) : null;
  }

  // A write: a banned scammer must not rename themselves into something new.
  @SignedIn({ write: true })
  @Mutation(() => UserType, {
    description: 'Change the signed-in account’s display name or language; what is left out stays. Refused while banned (BANNED).',
  })
  async updateProfile(@Args() args: UpdateProfileArgs, @CurrentActor() actor: Actor): Promise<UserType> {
    return toUserType(await this.users.withBadge(await this.users.updateProfile(actor, args)), actor);
  }

  @SignedIn({ roles: ['ADMIN'], write: true })
  @Mutation(() => UserType, {
    description: 'Set an account’s roles and moderator languages (admins). The change applies to its open sessions at once.',
  })
  async setRoles(
    @Args('input', { description: 'The account and its roles.' }) input: SetRolesInput,
    @CurrentActor() actor: Actor,
  ): Promise<UserType> {
    return toUserType(await this.users.withBadge(await this.users.setRoles(actor, input)), actor);
  }
}
