import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ROLES } from '../user.entity.js';

export const RoleEnum = Object.fromEntries(ROLES.map((r) => [r, r])) as { [R in (typeof ROLES)[number]]: R };
registerEnumType(RoleEnum, { name: 'Role' });

@ObjectType('StaffBadge')
export class StaffBadgeType {
  @Field() title: string;
  @Field() team: string;
  @Field(() => [String]) locales: string[];
  @Field() grantedAt: Date;
}

@ObjectType('UserModerationHistory', { description: 'An account as moderators weigh it.' })
export class UserModerationHistoryType {
  @Field(() => Int, { description: 'Posts removed by a moderator (or a purge), not by the author.' }) removedPosts: number;
  @Field(() => Int, { description: 'Posts hidden now, by a moderator or by reports.' }) hiddenPosts: number;
  @Field(() => Int, { description: 'Bans so far, with those a purge made.' }) bans: number;
  @Field(() => Int, { description: 'Reports by this account that moderators upheld.' }) reportsUpheld: number;
  @Field(() => Int, { description: 'Reports by this account that moderators dismissed.' }) reportsDismissed: number;
}

@ObjectType('User')
export class UserType {
  @Field(() => ID) id: string;
  @Field() handle: string;
  @Field() displayName: string;
  @Field() locale: string;
  @Field(() => [RoleEnum]) roles: (typeof ROLES)[number][];
  @Field(() => [String]) moderatorLocales: string[];
  // These two are undefined where the account was read in its public projection (as an author)
  // for a viewer who may see them; UserFieldsResolver then reads them.
  @Field(() => Boolean, { description: 'Visible to the user and admins only; false for everyone else.' })
  twoFactorEnabled: boolean | undefined;
  @Field(() => String, { nullable: true, description: 'The user themself and admins only.' })
  email: string | null | undefined;
  @Field(() => Date, { nullable: true, description: 'Moderators and the user only.' })
  bannedUntil: Date | null;
  @Field() createdAt: Date;
  // Read with the user in the same statement: field resolvers run once per row, so relations
  // that every row shows are plain fields, filled by the mappers.
  @Field(() => StaffBadgeType, { nullable: true, description: 'null unless the user is official staff' })
  badge: StaffBadgeType | null;
}
