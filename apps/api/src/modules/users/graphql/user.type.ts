import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
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
