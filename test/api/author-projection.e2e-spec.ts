import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestBoard, TestUser } from '../support/factory.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { POST_AUTHOR_COLUMNS } from '../../apps/api/src/modules/posts/post.record.js';

const PAGE = `query ($id: ID!) { thread(id: $id) { author { handle email twoFactorEnabled } replies { nodes { author { handle email twoFactorEnabled } } } } }`;
const PUBLIC_PAGE = `query ($id: ID!) { thread(id: $id) { author { handle displayName badge { title } } replies { nodes { author { handle displayName } } } } }`;

// Authors are read with the rows that name them, in the projection any viewer may see; e-mail
// and 2FA state are the account's own and the admins' business, read separately when asked.
describe('authors in their public projection', () => {
  let t: TestApp;
  let board: TestBoard;
  let asker: TestUser;
  let replier: TestUser;
  let admin: TestUser;
  let threadId: string;
  beforeAll(async () => {
    t = await createTestApp();
    board = await t.factory.board();
    asker = await t.factory.user();
    replier = await t.factory.user({ roles: ['MODERATOR'], moderatorLocales: ['en'], totp: true });
    admin = await t.factory.user({ roles: ['ADMIN'], totp: true });
    const thread = await t.factory.thread({ board, author: asker });
    await t.factory.reply({ thread, author: replier });
    threadId = thread.id;
  });
  afterAll(() => t.close());

  it('reads no private column with a post or thread author', () => {
    expect(POST_AUTHOR_COLUMNS).not.toMatch(/email|totp/);
  });

  it('shows e-mail and 2FA state of an author to the user themself and to admins only', async () => {
    const asSelf = (await t.gql(PAGE, { id: threadId }, { as: replier })).data.thread;
    expect(asSelf.replies.nodes[0].author).toEqual({ handle: replier.handle, email: replier.email, twoFactorEnabled: true });
    expect(asSelf.author).toEqual({ handle: asker.handle, email: null, twoFactorEnabled: false });
    const asAdmin = (await t.gql(PAGE, { id: threadId }, { as: admin })).data.thread;
    expect(asAdmin.author).toEqual({ handle: asker.handle, email: asker.email, twoFactorEnabled: false });
    expect(asAdmin.replies.nodes[0].author).toEqual({ handle: replier.handle, email: replier.email, twoFactorEnabled: true });
    for (const viewer of [null, asker]) {
      const page = (await t.gql(PAGE, { id: threadId }, viewer ? { as: viewer } : {})).data.thread;
      expect(page.replies.nodes[0].author).toEqual({ handle: replier.handle, email: null, twoFactorEnabled: false });
    }
  });

  it('reads the private fields in one batched statement, and only when they are asked for', async () => {
    const without = await t.gql(PUBLIC_PAGE, { id: threadId }, { as: admin });
    const withPrivate = await t.gql(PAGE, { id: threadId }, { as: admin });
    expect(withPrivate.sqlQueries).toBe(without.sqlQueries + 1);
  });
});
