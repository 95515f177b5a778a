import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { clientAddressOf, type GqlContext } from '../../graphql/gql-context.js';
import { RateLimits } from '../rate-limits/rate-limits.service.js';
import { CurrentActor, Public, SignedIn } from '../../auth/access.decorator.js';
import type { Actor } from '../../auth/actor.js';
import { toConnection, type Connection } from '../../graphql/connection.js';
import { ThreadConnectionType, type ThreadType } from '../threads/graphql/thread.types.js';
import { toThreadType } from '../threads/thread.mapper.js';
import { UserType } from '../users/graphql/user.type.js';
import { toUserType } from '../users/user.mapper.js';
import { NameGuard } from '../users/name-guard.service.js';
import { UsersRepository } from '../users/users.repository.js';
import {
  GrantStaffBadgeInput,
  RevokeStaffBadgeArgs,
  StaffMetricsArgs,
  StaffMetricsType,
  StaffQueueArgs,
  StaffVerificationType,
} from './graphql/staff.types.js';
import { StaffService } from './staff.service.js';

@Resolver()
export class StaffResolver {
  constructor(
    private readonly staff: StaffService,
    private readonly users: UsersRepository,
    private readonly names: NameGuard,
    private readonly limits: RateLimits,
  ) {}

  @SignedIn({ roles: ['ADMIN'], write: true })
  @Mutation(() => UserType, {
    description: 'Give an account a staff badge for some languages (and the STAFF role); replaces a current badge.',
  })
  async grantStaffBadge(
    @Args('input', { description: 'The account and its badge.' }) input: GrantStaffBadgeInput,
    @CurrentActor() actor: Actor,
  ): Promise<UserType> {
    return this.userView(await this.staff.grantBadge(actor, input), actor);
  }

  @SignedIn({ roles: ['ADMIN'], write: true })
  @Mutation(() => UserType, {
    description: "End an account's staff badge and STAFF role, at once for its open sessions too. The badge stays in the history.",
  })
  async revokeStaffBadge(@Args() { userId, reason }: RevokeStaffBadgeArgs, @CurrentActor() actor: Actor): Promise<UserType> {
    return this.userView(await this.staff.revokeBadge(actor, userId, reason), actor);
  }

  @SignedIn({ roles: ['MODERATOR', 'ADMIN'] })
  @Query(() => [UserType], { description: 'The current staff (accounts with a badge and the STAFF role), by handle: for the consoles.' })
  async staffMembers(@CurrentActor() actor: Actor): Promise<UserType[]> {
    const staff = (await this.users.currentStaffNames()).sort((a, b) => a.handle.localeCompare(b.handle));
    return Promise.all(staff.map((member) => this.userView(member.id, actor)));
  }

  @Public()
  @Query(() => StaffVerificationType, {
    description:
      'Is this handle official staff? An unknown handle is simply not (no error). Open to everyone; limited per client address (RATE_LIMITED).',
  })
  async verifyStaff(
    @Args('handle', { description: 'The handle to check, as the user saw it (without @); case does not matter.' }) handle: string,
    @CurrentActor() actor: Actor | null,
    @Context() ctx: GqlContext,
  ): Promise<StaffVerificationType> {
    await this.limits.consumeForAddress('verifyStaff', clientAddressOf(ctx));
    const typed = handle.trim().slice(0, 100);
    const staff = await this.users.currentStaffNames();
    const official = staff.find((member) => member.handle.toLowerCase() === typed.toLowerCase());
    const imitated = official ? null : await this.names.lookalikeOf(typed);
    const view = async (id: string | undefined) => (id ? this.userView(id, actor) : null);
    return { handle: typed, isOfficial: !!official, user: await view(official?.id), lookalikeOf: await view(imitated?.id) };
  }

  @SignedIn({ roles: ['STAFF', 'ADMIN'] })
  @Query(() => ThreadConnectionType, {
    description: 'Open questions (public and private) without a staff reply, oldest first, in the caller’s languages.',
  })
  async staffQueue(@Args() args: StaffQueueArgs, @CurrentActor() actor: Actor): Promise<Connection<ThreadType>> {
    const { page, count } = await this.staff.queue(actor, args);
    return toConnection(
      page,
      (t) => toThreadType(t, actor),
      (t) => [t.createdKey, t.id],
      count,
    );
  }

  @SignedIn({ roles: ['STAFF', 'ADMIN'] })
  @Query(() => StaffMetricsType, {
    description: 'First-response figures of one language since a date, for staff of that language and admins.',
  })
  staffMetrics(@Args() { locale, since }: StaffMetricsArgs, @CurrentActor() actor: Actor): Promise<StaffMetricsType> {
    return this.staff.metrics(actor, locale, since);
  }

  private async userView(userId: string, actor: Actor | null): Promise<UserType> {
    const user = await this.users.findById(userId);
    return toUserType(await this.users.withBadge(user!), actor);
  }
}
