import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestUser } from '../support/factory.js';
import { createTestApp, errorOf, type TestApp } from '../support/test-app.js';

const SET_ROLES = `mutation ($input: SetRolesInput!) { setRoles(input: $input) { id roles moderatorLocales } }`;

describe('setRoles', () => {
  let t: TestApp;
  let admin: TestUser;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.factory.user({ roles: ['ADMIN'], totp: true });
  });
  afterAll(() => t.close());

  it('grants roles and moderator languages, keeps USER, and logs the change with before and after', async () => {
    const user = await t.factory.user();
    const res = await t.gql(
      SET_ROLES,
      { input: { userId: user.id, roles: ['MODERATOR'], moderatorLocales: ['zh-CN', 'zh-CN'] } },
      { as: admin },
    );
    expect(res.data.setRoles).toEqual({ id: user.id, roles: ['USER', 'MODERATOR'], moderatorLocales: ['zh-CN'] });
    const [entry] = await t.db.query(`SELECT action, actor_id, before, after FROM moderation_log WHERE target_id = $1`, [user.id]);
    expect(entry).toMatchObject({
      action: 'SET_ROLES',
      actor_id: admin.id,
      before: { roles: ['USER'] },
      after: { roles: ['USER', 'MODERATOR'], moderatorLocales: ['zh-CN'] },
    });
  });

  it('drops moderator languages when the moderator role is taken away', async () => {
    const user = await t.factory.user({ roles: ['MODERATOR'], moderatorLocales: ['en'] });
    const res = await t.gql(SET_ROLES, { input: { userId: user.id, roles: ['STAFF'], moderatorLocales: ['en'] } }, { as: admin });
    expect(res.data.setRoles).toMatchObject({ roles: ['USER', 'STAFF'], moderatorLocales: [] });
  });

  it('applies to sessions already open: a new moderator with 2FA sees held posts at once', async () => {
    const user = await t.factory.user({ totp: true });
    const board = await t.factory.board({ locale: 'en' });
    const thread = await t.factory.thread({ board, author: admin });
    await t.factory.reply({ thread, author: admin, state: 'HELD' });
    const replies = `query ($id: ID!) { thread(id: $id) { replies { totalCount } } }`;
    expect((await t.gql(replies, { id: thread.id }, { as: user })).data.thread.replies.totalCount).toBe(0);
    await t.gql(SET_ROLES, { input: { userId: user.id, roles: ['MODERATOR'], moderatorLocales: ['en'] } }, { as: admin });
    expect((await t.gql(replies, { id: thread.id }, { as: user })).data.thread.replies.totalCount).toBe(1);
  });

  it('refuses to let an admin remove their own admin role', async () => {
    const res = await t.gql(SET_ROLES, { input: { userId: admin.id, roles: ['USER'] } }, { as: admin });
    expect(errorOf(res).code).toBe('FORBIDDEN');
  });

  it.each([
    [{ roles: ['OWNER'] }, 'BAD_USER_INPUT'],
    [{ roles: ['MODERATOR'], moderatorLocales: ['fr'] }, 'BAD_USER_INPUT'],
    [{ userId: 'not-a-uuid' }, 'BAD_USER_INPUT'],
    [{ userId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND'],
  ])('refuses %j with %s', async (overrides, code) => {
    const user = await t.factory.user();
    const res = await t.gql(SET_ROLES, { input: { userId: user.id, roles: ['STAFF'], ...overrides } }, { as: admin });
    expect(errorOf(res).code).toBe(code);
  });

  it.each([
    ['a visitor', async () => null, 'UNAUTHENTICATED'],
    ['a user', async () => t.factory.user(), 'FORBIDDEN'],
    ['a moderator', async () => t.factory.user({ roles: ['MODERATOR'], moderatorLocales: ['en'], totp: true }), 'FORBIDDEN'],
    ['staff', async () => t.factory.user({ roles: ['STAFF'], staffLocales: ['en'], totp: true }), 'FORBIDDEN'],
    ['an admin without 2FA', async () => t.factory.user({ roles: ['ADMIN'] }), 'TWO_FACTOR_REQUIRED'],
    [
      'a banned admin',
      async () => t.factory.user({ roles: ['ADMIN'], totp: true, bannedUntil: new Date(Date.now() + 86_400_000), banReason: 'test' }),
      'BANNED',
    ],
  ])('refuses %s', async (_who, actor, code) => {
    const target = await t.factory.user();
    const res = await t.gql(SET_ROLES, { input: { userId: target.id, roles: ['ADMIN'] } }, { as: await actor() });
    expect(errorOf(res).code).toBe(code);
    const [row] = await t.db.query(`SELECT roles FROM users WHERE id = $1`, [target.id]);
    expect(row.roles).toEqual(['USER']);
  });
});
