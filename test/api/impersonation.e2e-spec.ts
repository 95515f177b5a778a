import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
    const granted = await t.gql(`mutation ($input: GrantStaffBadgeInput!) { grantStaffBadge(input: $input) { id } }`, { input: { userId: staff.id, title: 'Official support', team: 'Support', locales: ['en'] } }, { as: admin });
    expect(granted.errors).toBeUndefined();
  });
  afterAll(() => t.close());

  let n = 0;
  const register = (handle: string, displayName?: string, lang = 'en') =>
    t.gql(REGISTER, { input: { handle, displayName, email: `imp${n++}@example.test`, password: 'a long enough password', locale: 'en' } }, { lang });

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
    for (const [handle, displayName] of [['supportive_sam', 'Sam'], ['okapi_fan', '李雷'], ['staffordshire', 'Mark S']]) {
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
    expect((await t.gql(VERIFY, { handle: 'Iina_w' })).data.verifyStaff).toEqual({ handle: 'Iina_w', isOfficial: false, user: null, lookalikeOf: { handle: 'lina_w' } });
    expect((await t.gql(VERIFY, { handle: 'nobody_at_all' })).data.verifyStaff).toEqual({ handle: 'nobody_at_all', isOfficial: false, user: null, lookalikeOf: null });
  });
});
