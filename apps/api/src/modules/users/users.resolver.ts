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
  @Query(() => UserType, { nullable: true })
  async me(@CurrentActor() actor: Actor | null): Promise<UserType | null> {
    return actor ? toUserType(await this.users.withBadge(await this.users.me(actor)), actor) : null;
  }

  @Public()
  @Query(() => UserType, { nullable: true })
  async user(@Args('handle') handle: string, @CurrentActor() actor: Actor | null): Promise<UserType | null> {
    const user = await this.users.findByHandle(handle);
    return user ? toUserType(await this.users.withBadge(user), actor) : null;
  }

  // A write: a banned scammer must not rename themselves into something new.
  @SignedIn({ write: true })
  @Mutation(() => UserType)
  async updateProfile(@Args() args: UpdateProfileArgs, @CurrentActor() actor: Actor): Promise<UserType> {
    return toUserType(await this.users.withBadge(await this.users.updateProfile(actor, args)), actor);
  }

  @SignedIn({ roles: ['ADMIN'], write: true })
  @Mutation(() => UserType)
  async setRoles(@Args('input') input: SetRolesInput, @CurrentActor() actor: Actor): Promise<UserType> {
    return toUserType(await this.users.withBadge(await this.users.setRoles(actor, input)), actor);
  }
}
