import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventRelay } from '../../apps/api/src/events/event-relay.js';
import type { TestUser } from '../support/factory.js';
import { createTestApp, errorOf, type TestApp } from '../support/test-app.js';

const REGISTER = `mutation ($input: RegisterInput!) { register(input: $input) { user { handle displayName } } }`;
const PROFILE = `mutation ($name: String) { updateProfile(displayName: $name) { displayName } }`;
const VERIFY = `query ($handle: String!) { verifyStaff(handle: $handle) { handle isOfficial user { handle badge { title } } lookalikeOf { handle } } }`;

// Nobody but staff can pass for staff: the brand, reserved words and staff members' names are
// refused in handles and display names, and anyone can check a handle.
describe('impersonation guard and verifyStaff', () => {
  let t: TestApp;
  let staff: TestUser;
  beforeAll(async () => {
    t = await createTestApp();
    await t.factory.board({ locale: 'en' });
    const admin = await t.factory.user({ roles: ['ADMIN'], totp: true });
    staff = await t.factory.user({ handle: 'lina_w', totp: true });
    await t.db.query(`UPDATE users SET display_name = 'Lina Wong' WHERE id = $1`, [staff.id]);
    const granted = await t.gql(
      `mutation ($input: GrantStaffBadgeInput!) { grantStaffBadge(input: $input) { id } }`,
      { input: { userId: staff.id, title: 'Official support', team: 'Support', locales: ['en'] } },
      { as: admin },
    );
    expect(granted.errors).toBeUndefined();
  });
  afterAll(() => t.close());

  let n = 0;
  const register = (handle: string, displayName?: string, lang = 'en') =>
    t.gql(
      REGISTER,
      { input: { handle, displayName, email: `imp${n++}@example.test`, password: 'a long enough password', locale: 'en' } },
      { lang },
    );

  it.each([
    ['handle', 'okx_support', undefined, 'Names may not contain “okx”: it is kept for the official team.'],
    ['handle', 'admin_help', undefined, 'Names may not contain “admin”: it is kept for the official team.'],
    ['displayName', 'ordinary_joe', 'Оfficial Help', 'Names may not contain “official”: it is kept for the official team.'],
    ['displayName', 'ordinary_jim', 'ＯＫＸ客服', 'Names may not contain “okx”: it is kept for the official team.'],
    ['handle', 'lina_vv', undefined, 'This name looks too much like the staff member lina_w. Choose another.'],
    ['displayName', 'ordinary_ann', 'Lina W0ng', 'This name looks too much like the staff member lina_w. Choose another.'],
  ])('refuses a %s such as %s / %s with a field message', async (field, handle, displayName, message) => {
    const error = errorOf(await register(handle, displayName));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', fields: { [field]: message } });
  });

  it('answers in the caller’s language, and lets ordinary names through', async () => {
    const error = errorOf(await register('kefu_desk', '官方客服', 'zh-CN'));
    expect(error.fields?.displayName).toBe('名称中不能包含“客服”：该词仅供官方团队使用。');
    for (const [handle, displayName] of [
      ['supportive_sam', 'Sam'],
      ['okapi_fan', '李雷'],
      ['staffordshire', 'Mark S'],
    ]) {
      expect((await register(handle, displayName)).errors, handle).toBeUndefined();
    }
  });

  it('refuses a display name change that imitates staff, and lets a staff member keep their own', async () => {
    const user = await t.factory.user();
    expect(errorOf(await t.gql(PROFILE, { name: 'OKX 客服' }, { as: user })).fields?.displayName).toMatch(/okx/);
    expect((await t.gql(PROFILE, { name: 'Lina W. (Support)' }, { as: staff })).data.updateProfile.displayName).toBe('Lina W. (Support)');
  });

  it('tells staff from a lookalike and from a stranger, for anyone', async () => {
    expect((await t.gql(VERIFY, { handle: 'LINA_W' })).data.verifyStaff).toEqual({
      handle: 'LINA_W',
      isOfficial: true,
      user: { handle: 'lina_w', badge: { title: 'Official support' } },
      lookalikeOf: null,
    });
    expect((await t.gql(VERIFY, { handle: 'Iina_w' })).data.verifyStaff).toEqual({
      handle: 'Iina_w',
      isOfficial: false,
      user: null,
      lookalikeOf: { handle: 'lina_w' },
    });
    expect((await t.gql(VERIFY, { handle: 'nobody_at_all' })).data.verifyStaff).toEqual({
      handle: 'nobody_at_all',
      isOfficial: false,
      user: null,
      lookalikeOf: null,
    });
  });
});

describe('accounts that imitated someone before their badge was granted', () => {
  let t: TestApp;
  let admin: TestUser;
  let moderator: TestUser;
  beforeAll(async () => {
    t = await createTestApp();
    await t.factory.board({ locale: 'en' });
    admin = await t.factory.user({ roles: ['ADMIN'], totp: true });
    moderator = await t.factory.user({ roles: ['MODERATOR'], totp: true, moderatorLocales: ['zh-CN'] });
  });
  afterAll(() => t.close());

  const LIST = `query ($first: Int, $after: String) { staffLookalikes(first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { field name user { id handle } imitates { id handle } } } }`;
  const DISMISS = `mutation ($userId: ID!, $staffId: ID!) { dismissStaffLookalike(userId: $userId, staffId: $staffId, reason: "a real person of that name") }`;
  const grant = async (userId: string) => {
    const res = await t.gql(
      `mutation ($input: GrantStaffBadgeInput!) { grantStaffBadge(input: $input) { id } }`,
      { input: { userId, title: 'Official support', team: 'Support', locales: ['en'] } },
      { as: admin },
    );
    expect(res.errors).toBeUndefined();
    await t.app.get(EventRelay).drain();
  };
  const findingsOf = async (staffId: string) =>
    (await t.gql(LIST, { first: 100 }, { as: moderator })).data.staffLookalikes.nodes.filter(
      (n: { imitates: { id: string } }) => n.imitates.id === staffId,
    );

  it('lists existing accounts whose handle or display name imitates the new staff member, for moderators', async () => {
    const member = await t.factory.user({ handle: 'mei_chen', totp: true });
    const byHandle = await t.factory.user({ handle: 'mei_chem' });
    const byName = await t.factory.user({ handle: 'ordinary_li' });
    await t.db.query(`UPDATE users SET display_name = 'Mei Chen' WHERE id = $1`, [byName.id]);
    const stranger = await t.factory.user({ handle: 'marco_polo' });
    await grant(member.id);
    const findings = await findingsOf(member.id);
    expect(findings).toEqual(
      expect.arrayContaining([
        {
          field: 'handle',
          name: 'mei_chem',
          user: { id: byHandle.id, handle: 'mei_chem' },
          imitates: { id: member.id, handle: 'mei_chen' },
        },
        {
          field: 'displayName',
          name: 'Mei Chen',
          user: { id: byName.id, handle: 'ordinary_li' },
          imitates: { id: member.id, handle: 'mei_chen' },
        },
      ]),
    );
    expect(findings.some((f: { user: { id: string } }) => f.user.id === stranger.id)).toBe(false);
    expect(findings.some((f: { user: { id: string } }) => f.user.id === member.id)).toBe(false);
  });

  it('drops a finding once the account is banned or renamed, or a moderator dismisses it (logged)', async () => {
    const member = await t.factory.user({ handle: 'tom_okafor', totp: true });
    const [banned, renamed, dismissed] = [
      await t.factory.user({ handle: 'tom_0kafor' }),
      await t.factory.user({ handle: 'tom_okafur' }),
      await t.factory.user({ handle: 'tom_okafar' }),
    ];
    await grant(member.id);
    // Each account's handle, and its display name (the same text, as the factory names them).
    expect(await findingsOf(member.id)).toHaveLength(6);
    await t.gql(
      `mutation ($i: BanUserInput!) { banUser(input: $i) { id } }`,
      { i: { userId: banned.id, reason: 'impersonation' } },
      { as: moderator },
    );
    await t.gql(`mutation { updateProfile(displayName: "Someone Else") { id } }`, {}, { as: renamed });
    await t.db.query(`UPDATE users SET handle = 'tom_someone' WHERE id = $1`, [renamed.id]);
    expect((await t.gql(DISMISS, { userId: dismissed.id, staffId: member.id }, { as: moderator })).data.dismissStaffLookalike).toBe(true);
    expect(await findingsOf(member.id)).toEqual([]);
    expect(errorOf(await t.gql(DISMISS, { userId: dismissed.id, staffId: member.id }, { as: moderator })).code).toBe('CONFLICT');
    const [entry] = await t.db.query(
      `SELECT action, actor_id, reason FROM moderation_log WHERE target_id = $1 AND action = 'DISMISS_LOOKALIKE'`,
      [dismissed.id],
    );
    expect(entry).toEqual({ action: 'DISMISS_LOOKALIKE', actor_id: moderator.id, reason: 'a real person of that name' });
  });

  it('pages by cursor, and is for moderators and admins only', async () => {
    const member = await t.factory.user({ handle: 'ana_silva', totp: true });
    for (const handle of ['ana_silvo', 'ana_silve', 'ana_silvu']) await t.factory.user({ handle });
    await grant(member.id);
    const first = (await t.gql(LIST, { first: 1 }, { as: admin })).data.staffLookalikes;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = (await t.gql(LIST, { first: 100, after: first.pageInfo.endCursor }, { as: admin })).data.staffLookalikes;
    const key = (n: { field: string; user: { id: string }; imitates: { id: string } }) => `${n.user.id}/${n.imitates.id}/${n.field}`;
    expect(rest.nodes.map(key)).not.toContain(key(first.nodes[0]));
    expect(rest.nodes.length + 1).toBe(first.totalCount);
    expect(errorOf(await t.gql(LIST, {}, { as: await t.factory.user() })).code).toBe('FORBIDDEN');
    expect(errorOf(await t.gql(LIST, {})).code).toBe('UNAUTHENTICATED');
    expect(
      errorOf(
        await t.gql(
          DISMISS,
          { userId: member.id, staffId: member.id },
          { as: await t.factory.user({ roles: ['STAFF'], totp: true, staffLocales: ['en'] }) },
        ),
      ).code,
    ).toBe('FORBIDDEN');
  });
});
