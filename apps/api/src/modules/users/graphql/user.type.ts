import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ROLES } from '../user.entity.js';

export const RoleEnum = Object.fromEntries(ROLES.map((r) => [r, r])) as { [R in (typeof ROLES)[number]]: R };
registerEnumType(RoleEnum, {
  name: 'Role',
  description:
    'What an account may do. Every account has USER; the other roles add powers that work only with 2FA on (TWO_FACTOR_REQUIRED until then).',
  valuesMap: {
    USER: { description: 'Reads, asks, replies, edits and deletes its own posts, reports posts.' },
    STAFF: {
      description:
        'Official staff, given with a staff badge (grantStaffBadge): answers private questions and marks official answers in the badge’s languages, posts announcements.',
    },
    MODERATOR: {
      description:
        'Works the review queue, hides, removes and approves posts, locks, pins and moves threads, bans and purges accounts, in its moderatorLocales.',
    },
    ADMIN: { description: 'Everything, in every language; manages boards, roles, staff badges and scam-guard rules.' },
  },
});

@ObjectType('StaffBadge', {
  description:
    'The mark of official staff, granted by an admin. Only accounts with a current badge have one: it cannot be imitated by a name.',
})
export class StaffBadgeType {
  @Field({ description: 'Shown beside the name, e.g. "Official support".' }) title: string;
  @Field({ description: 'The team the staff member belongs to, e.g. "Customer Support".' }) team: string;
  @Field(() => [String], { description: 'The languages (board locales) this staff member answers in.' }) locales: string[];
  @Field({ description: 'When the current badge was granted.' }) grantedAt: Date;
}

@ObjectType('UserModerationHistory', { description: 'An account as moderators weigh it.' })
export class UserModerationHistoryType {
  @Field(() => Int, { description: 'Posts removed by a moderator (or a purge), not by the author.' }) removedPosts: number;
  @Field(() => Int, { description: 'Posts hidden now, by a moderator or by reports.' }) hiddenPosts: number;
  @Field(() => Int, { description: 'Bans so far, with those a purge made.' }) bans: number;
  @Field(() => Int, { description: 'Reports by this account that moderators upheld.' }) reportsUpheld: number;
  @Field(() => Int, { description: 'Reports by this account that moderators dismissed.' }) reportsDismissed: number;
}

@ObjectType('User', { description: 'An account, as the viewer may see it: e-mail, 2FA state and bans only for those named on each field.' })
export class UserType {
  @Field(() => ID, { description: 'The account’s id (a UUID).' }) id: string;
  @Field({ description: 'The unique public name (lower case: a-z, 0-9, _), as `user(handle:)` and `verifyStaff` take it.' }) handle: string;
  @Field({
    description:
      'The name shown beside posts; the handle unless the user chose another. A name that imitates staff is refused when set (older ones show up in staffLookalikes).',
  })
  displayName: string;
  @Field({ description: 'The account’s language (en or zh-CN): its messages, and its boards when `boards` is asked without a locale.' })
  locale: string;
  @Field(() => [RoleEnum], { description: 'Its roles; always includes USER.' }) roles: (typeof ROLES)[number][];
  @Field(() => [String], {
    description: 'The languages it moderates, when it is a MODERATOR; empty otherwise (admins moderate every language without it).',
  })
  moderatorLocales: string[];
  // These two are undefined where the account was read in its public projection (as an author)
  // for a viewer who may see them; UserFieldsResolver then reads them.
  @Field(() => Boolean, { description: 'Whether TOTP 2FA is on: for the user themself and admins only; false for everyone else.' })
  twoFactorEnabled: boolean | undefined;
  @Field(() => String, {
    nullable: true,
    description: 'The e-mail address: for the user themself and admins only; null for everyone else.',
  })
  email: string | null | undefined;
  @Field(() => Date, {
    nullable: true,
    description:
      'When the account’s ban ends (9999-12-31 for a ban until lifted); a past date is a ban that is over. Null when not banned, and for everyone but moderators and the user.',
  })
  bannedUntil: Date | null;
  @Field({ description: 'When the account was registered.' }) createdAt: Date;
  // Read with the user in the same statement: field resolvers run once per row, so relations
  // that every row shows are plain fields, filled by the mappers.
  @Field(() => StaffBadgeType, { nullable: true, description: 'The staff badge: null unless the user is official staff.' })
  badge: StaffBadgeType | null;
}
