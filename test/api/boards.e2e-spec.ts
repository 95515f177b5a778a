import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestBoard } from '../support/factory.js';
import { createTestApp, errorOf, type GqlOptions, type TestApp } from '../support/test-app.js';

const BOARDS = `query ($locale: String) { boards(locale: $locale) { id slug locale } }`;
const BOARD = `query ($id: ID, $slug: String, $locale: String) { board(id: $id, slug: $slug, locale: $locale) { id slug locale kind topicKey name } }`;
const CREATE_BOARD = `mutation ($input: CreateBoardInput!) {
  createBoard(input: $input) { id slug locale topicKey kind name description position }
}`;

describe('boards', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  // One board in each content language, so every listing has something to leave out.
  const pair = async (): Promise<{ en: TestBoard; zh: TestBoard }> => ({
    en: await t.factory.board({ locale: 'en' }),
    zh: await t.factory.board({ locale: 'zh-CN' }),
  });

  const listedIds = async (variables: Record<string, unknown>, options: GqlOptions = {}) => {
    const res = await t.gql(BOARDS, variables, options);
    expect(res.errors).toBeUndefined();
    return res.data.boards.map((b: { id: string }) => b.id) as string[];
  };

  const boardInput = (overrides: Record<string, unknown> = {}) => {
    const key = `topic-${Math.random().toString(36).slice(2, 10)}`;
    return { slug: key, locale: 'en', topicKey: key, kind: 'QUESTIONS', name: 'Deposits and withdrawals', ...overrides };
  };

  describe('boards(locale)', () => {
    it('lists the boards of the locale asked for, whatever the caller prefers', async () => {
      const { en, zh } = await pair();
      const user = await t.factory.user({ locale: 'en' });
      const ids = await listedIds({ locale: 'zh-CN' }, { as: user, lang: 'en' });
      expect(ids).toContain(zh.id);
      expect(ids).not.toContain(en.id);
    });

    it('lists every board of a locale with its locale, ordered by position then name', async () => {
      const locale = 'zh-CN';
      const made: string[] = [];
      for (const [position, name] of [
        [2, 'a'],
        [1, 'z'],
        [1, 'b'],
      ] as const) {
        const board = await t.factory.board({ locale });
        await t.db.query(`UPDATE boards SET position = $2, name = $3 WHERE id = $1`, [board.id, position, `${name}-${board.slug}`]);
        made.push(board.id);
      }
      const res = await t.gql(BOARDS, { locale });
      expect(res.data.boards.every((b: { locale: string }) => b.locale === locale)).toBe(true);
      const mine = res.data.boards.map((b: { id: string }) => b.id).filter((id: string) => made.includes(id));
      expect(mine).toEqual([made[2], made[1], made[0]]);
    });

    it("uses the signed-in user's locale when none is given, over Accept-Language", async () => {
      const { en, zh } = await pair();
      const chinese = await t.factory.user({ locale: 'zh-CN' });
      const ids = await listedIds({}, { as: chinese, lang: 'en' });
      expect(ids).toContain(zh.id);
      expect(ids).not.toContain(en.id);

      const english = await t.factory.user({ locale: 'en' });
      const enIds = await listedIds({}, { as: english, lang: 'zh-CN' });
      expect(enIds).toContain(en.id);
      expect(enIds).not.toContain(zh.id);
    });

    it.each([
      ['zh-TW,zh;q=0.9', 'zh'],
      ['zh-CN', 'zh'],
      ['fr-FR,zh-CN;q=0.5,en;q=0.4', 'zh'],
      ['en-GB,en;q=0.8', 'en'],
    ] as const)('serves a visitor with Accept-Language %s the %s boards', async (acceptLanguage, expected) => {
      const boards = await pair();
      const ids = await listedIds({}, { lang: acceptLanguage });
      expect(ids).toContain(boards[expected].id);
      expect(ids).not.toContain(boards[expected === 'en' ? 'zh' : 'en'].id);
    });

    it('falls back to English without a usable Accept-Language', async () => {
      const { en, zh } = await pair();
      for (const lang of ['fr-FR', 'de;q=0.9', '']) {
        const ids = await listedIds({}, { lang });
        expect(ids, `Accept-Language: ${lang}`).toContain(en.id);
        expect(ids).not.toContain(zh.id);
      }
    });

    it('refuses an unsupported locale as bad input', async () => {
      expect(errorOf(await t.gql(BOARDS, { locale: 'klingon' }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { locale: expect.any(String) },
      });
    });
  });

  describe('board lookup', () => {
    it('finds a board by id', async () => {
      const board = await t.factory.board({ locale: 'zh-CN', kind: 'ANNOUNCEMENTS' });
      const res = await t.gql(BOARD, { id: board.id });
      expect(res.data.board).toMatchObject({ id: board.id, slug: board.slug, locale: 'zh-CN', kind: 'ANNOUNCEMENTS' });
    });

    it('finds a board by slug within its locale, when the same slug exists in another locale', async () => {
      const slug = `shared-${Math.random().toString(36).slice(2, 8)}`;
      const en = await t.factory.board({ locale: 'en', slug });
      const zh = await t.factory.board({ locale: 'zh-CN', slug });
      expect((await t.gql(BOARD, { slug, locale: 'en' })).data.board.id).toBe(en.id);
      expect((await t.gql(BOARD, { slug, locale: 'zh-CN' })).data.board.id).toBe(zh.id);
      expect((await t.gql(BOARD, { slug: slug.toUpperCase(), locale: 'zh-CN' })).data.board.id).toBe(zh.id);
    });

    it('answers null for a board that does not exist', async () => {
      const board = await t.factory.board();
      expect((await t.gql(BOARD, { id: '00000000-0000-4000-8000-000000000000' })).data.board).toBeNull();
      expect((await t.gql(BOARD, { slug: board.slug, locale: 'zh-CN' })).data.board).toBeNull();
      expect((await t.gql(BOARD, { slug: 'no-such-board', locale: 'en' })).data.board).toBeNull();
    });

    it.each([
      ['neither id nor slug', {}, 'id'],
      ['a slug without a locale', { slug: 'deposits' }, 'id'],
      ['a locale without a slug', { locale: 'en' }, 'id'],
      ['an id that is not a uuid', { id: 'not-a-uuid' }, 'id'],
      ['an id that is SQL', { id: "1' OR '1'='1" }, 'id'],
      ['a malformed slug', { slug: 'bad slug!', locale: 'en' }, 'slug'],
    ])('refuses %s as bad input on the field %s', async (_what, variables, field) => {
      const error = errorOf(await t.gql(BOARD, variables));
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(Object.keys(error.fields ?? {})).toEqual([field]);
    });
  });

  describe('createBoard', () => {
    it('creates a board for an admin, listed in its locale', async () => {
      const admin = await t.factory.user({ roles: ['ADMIN'], totp: true });
      const input = boardInput({ locale: 'zh-CN', kind: 'ANNOUNCEMENTS', name: '  公告  ', description: ' 官方公告 ', position: 3 });
      const res = await t.gql(CREATE_BOARD, { input }, { as: admin });
      expect(res.errors).toBeUndefined();
      expect(res.data.createBoard).toMatchObject({
        slug: input.slug,
        locale: 'zh-CN',
        topicKey: input.topicKey,
        kind: 'ANNOUNCEMENTS',
        name: '公告',
        description: '官方公告',
        position: 3,
      });
      expect(await listedIds({ locale: 'zh-CN' })).toContain(res.data.createBoard.id);
    });

    it('records the creation in the moderation log, in the same transaction', async () => {
      const admin = await t.factory.user({ roles: ['ADMIN'], totp: true });
      const input = boardInput();
      const { id } = (await t.gql(CREATE_BOARD, { input }, { as: admin })).data.createBoard;
      const rows = await t.db.query(
        `SELECT actor_id, action, target_type, target_id, locale, after FROM moderation_log WHERE actor_id = $1`,
        [admin.id],
      );
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ actor_id: admin.id, action: 'CREATE_BOARD', target_type: 'BOARD', target_id: id, locale: 'en' });
      expect(rows[0].after).toMatchObject({ slug: input.slug, topicKey: input.topicKey });

      // A refused duplicate leaves no log entry behind.
      await t.gql(CREATE_BOARD, { input: boardInput({ slug: input.slug }) }, { as: admin });
      expect(await t.db.query(`SELECT 1 FROM moderation_log WHERE actor_id = $1`, [admin.id])).toHaveLength(1);
    });

    it('refuses a slug already used in the same locale, on the slug field, in the language of the admin', async () => {
      const admin = await t.factory.user({ roles: ['ADMIN'], totp: true });
      const existing = await t.factory.board({ locale: 'en' });
      const res = await t.gql(CREATE_BOARD, { input: boardInput({ slug: existing.slug.toUpperCase() }) }, { as: admin });
      expect(errorOf(res)).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { slug: 'A board with this slug or topic already exists in this language.' },
      });
      const chineseAdmin = await t.factory.user({ roles: ['ADMIN'], totp: true, locale: 'zh-CN' });
      const zh = await t.gql(CREATE_BOARD, { input: boardInput({ slug: existing.slug }) }, { as: chineseAdmin, lang: 'en' });
      expect(errorOf(zh).fields).toEqual({ slug: '该语言下已有相同标识或主题的版块。' });
      expect(await t.db.query(`SELECT 1 FROM boards WHERE slug = $1`, [existing.slug])).toHaveLength(1);
    });

    it('refuses a topic key already used in the same locale', async () => {
      const admin = await t.factory.user({ roles: ['ADMIN'], totp: true });
      const first = boardInput();
      await t.gql(CREATE_BOARD, { input: first }, { as: admin });
      const res = await t.gql(CREATE_BOARD, { input: boardInput({ topicKey: first.topicKey }) }, { as: admin });
      expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', fields: { topicKey: expect.any(String) } });
    });

    it('accepts the same slug and topic key in another locale', async () => {
      const admin = await t.factory.user({ roles: ['ADMIN'], totp: true });
      const input = boardInput();
      const en = await t.gql(CREATE_BOARD, { input }, { as: admin });
      const zh = await t.gql(CREATE_BOARD, { input: { ...input, locale: 'zh-CN', name: '充提币' } }, { as: admin });
      expect(zh.errors).toBeUndefined();
      expect(zh.data.createBoard.id).not.toBe(en.data.createBoard.id);
      expect((await t.gql(BOARD, { slug: input.slug, locale: 'zh-CN' })).data.board.name).toBe('充提币');
    });

    it.each([
      ['slug', { slug: 'a' }],
      ['slug', { slug: 'has space' }],
      ['slug', { slug: '-leading-dash' }],
      ['slug', { slug: 's'.repeat(61) }],
      ['slug', { slug: "x'); DROP TABLE boards; --" }],
      ['locale', { locale: 'fr' }],
      ['locale', { locale: 'tlh' }],
      ['topicKey', { topicKey: 'Not A Key' }],
      ['name', { name: '   ' }],
      ['name', { name: 'n'.repeat(101) }],
      ['position', { position: -1 }],
    ])('rejects an invalid %s with a field message', async (field, overrides) => {
      const admin = await t.factory.user({ roles: ['ADMIN'], totp: true });
      const error = errorOf(await t.gql(CREATE_BOARD, { input: boardInput(overrides) }, { as: admin }));
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(Object.keys(error.fields ?? {})).toContain(field);
    });

    it('rejects a kind that is not a BoardKind before running anything', async () => {
      const admin = await t.factory.user({ roles: ['ADMIN'], totp: true });
      const res = await t.gql(CREATE_BOARD, { input: boardInput({ kind: 'CHAT' }) }, { as: admin });
      expect(errorOf(res).code).toBe('BAD_USER_INPUT');
      expect(res.sqlQueries).toBe(0);
    });

    it('is for admins only', async () => {
      const moderator = await t.factory.user({ roles: ['MODERATOR'], totp: true, moderatorLocales: ['en'] });
      const input = boardInput();
      expect(errorOf(await t.gql(CREATE_BOARD, { input }, { as: moderator })).code).toBe('FORBIDDEN');
      expect(errorOf(await t.gql(CREATE_BOARD, { input })).code).toBe('UNAUTHENTICATED');
      expect(await t.db.query(`SELECT 1 FROM boards WHERE slug = $1`, [input.slug])).toHaveLength(0);
    });
  });
});
