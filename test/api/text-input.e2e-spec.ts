import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestBoard, TestUser } from '../support/factory.js';
import { createTestApp, errorOf, type GqlResult, type TestApp } from '../support/test-app.js';

const LONE = '\uD800';
const ZERO_WIDTH = '\u200B\u200C\u200D\u2060\uFEFF\u200B';

// Text that cannot be stored (lone surrogates) or shows nothing (zero-width characters only) is
// refused at the edge as bad input on its field, for every argument; nothing is written.
describe('text the API cannot store or show', () => {
  let t: TestApp;
  let author: TestUser;
  let admin: TestUser;
  let board: TestBoard;
  beforeAll(async () => {
    t = await createTestApp();
    author = await t.factory.user();
    admin = await t.factory.user({ roles: ['ADMIN'], totp: true });
    board = await t.factory.board();
  });
  afterAll(() => t.close());

  const rows = async (sql: string) => Number((await t.db.query(`SELECT count(*)::int AS n FROM ${sql}`))[0].n);

  const cases: [string, string, () => Promise<GqlResult>][] = [
    [
      'register.email',
      'email',
      () =>
        t.gql(`mutation ($input: RegisterInput!) { register(input: $input) { accessToken } }`, {
          input: { email: `a${LONE}@example.test`, handle: 'lone_surrogate', password: 'a long enough password', locale: 'en' },
        }),
    ],
    [
      'a post that would be flagged',
      'body',
      () =>
        t.gql(
          `mutation ($input: CreateThreadInput!) { createThread(input: $input) { id } }`,
          {
            input: {
              boardId: board.id,
              title: 'Withdrawal help',
              body: `Send your seed phrase to support ${LONE} at okx-help.example.net`,
            },
          },
          { as: author },
        ),
    ],
    [
      'createBoard',
      'name',
      () =>
        t.gql(
          `mutation ($input: CreateBoardInput!) { createBoard(input: $input) { id } }`,
          { input: { name: `Board ${LONE}`, slug: 'lone-board', topicKey: 'lone', locale: 'en', kind: 'QUESTIONS' } },
          { as: admin },
        ),
    ],
    [
      'addScamRule',
      'pattern',
      () =>
        t.gql(
          `mutation ($input: AddScamRuleInput!) { addScamRule(input: $input) { id } }`,
          { input: { kind: 'WATCHED_PHRASE', pattern: `free ${LONE}`, action: 'BLOCK' } },
          { as: admin },
        ),
    ],
    ['checkContent', 'body', () => t.gql(`query ($body: String!) { checkContent(body: $body) { action } }`, { body: `hello ${LONE}` })],
  ];

  it.each(cases)('refuses a lone surrogate in %s as bad input on %s', async (_what, field, send) => {
    const before = (await rows('users')) + (await rows('boards')) + (await rows('posts')) + (await rows('scam_rules'));
    const res = await send();
    expect(errorOf(res)).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { [field]: 'This text contains characters that cannot be stored (a NUL or an unpaired surrogate).' },
    });
    expect((await rows('users')) + (await rows('boards')) + (await rows('posts')) + (await rows('scam_rules'))).toBe(before);
  });

  it.each([
    ['a title', { title: ZERO_WIDTH, body: 'A real question about a withdrawal.' }, 'title'],
    ['a body', { title: 'A real question', body: ZERO_WIDTH }, 'body'],
  ])('refuses %s made only of zero-width characters, in the caller language', async (_what, input, field) => {
    const chinese = await t.factory.user({ locale: 'zh-CN' });
    const res = await t.gql(
      `mutation ($input: CreateThreadInput!) { createThread(input: $input) { id } }`,
      { input: { boardId: board.id, ...input } },
      { as: chinese },
    );
    expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', fields: { [field]: '必须包含可见文字，不能只有不可见或零宽字符。' } });
  });

  it('keeps text that mixes zero-width joiners with visible characters', async () => {
    const res = await t.gql(
      `mutation ($input: CreateThreadInput!) { createThread(input: $input) { title } }`,
      { input: { boardId: board.id, title: 'Family 👨‍👩‍👧 account', body: 'Shared account\u200B question' } },
      { as: author },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.createThread.title).toBe('Family 👨‍👩‍👧 account');
  });
});
