import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, screenshot } from './chromium.js';
import { horizontalOverflow, PHONE, seriousA11yViolations, startHarness, type Harness } from './fixtures/harness.js';

const PHISHING =
  'Your withdrawal is stuck because your wallet is not verified. Verify it now at https://okx-verify-wallet.com/login to release the funds.';
const CREATE_POST = `mutation ($i: CreatePostInput!) { createPost(input: $i) { id state } }`;
const REPORT = `mutation ($input: ReportPostInput!) { reportPost(input: $input) { id } }`;
const QUEUE = `query { reviewQueue(first: 50) { nodes { post { id } } } }`;

// The moderator's review queue in Chromium against the real API: priority order, a keyboard-only
// removal, ban and purge after the confirmation, the visitor's tombstone and the undo.
describe.skipIf(!HAS_CHROMIUM)('the review queue in Chromium', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
  });

  afterAll(async () => {
    await h?.close();
  });

  it('shows a held scam reply and a reported post in priority order; removes one by keyboard, bans and purges an author, and undoes both', async () => {
    const { t } = h;
    const moderator = await t.factory.user({ locale: 'en', roles: ['MODERATOR'], moderatorLocales: ['en'], totp: true });
    const asker = await t.factory.user({ locale: 'en' });
    const scammer = await t.factory.user({ locale: 'en', handle: `helpdesk_${Date.now().toString(36)}` });
    const spammer = await t.factory.user({ locale: 'en' });
    const reporter = await t.factory.user({ locale: 'en' });
    const thread = await t.factory.thread({
      board: await h.board('en', 'deposits-withdrawals'),
      author: asker,
      title: 'Withdrawal stuck for three days',
      body: 'My USDT withdrawal has been pending since Monday.',
    });
    const held = await t.gql(CREATE_POST, { i: { threadId: thread.id, body: PHISHING } }, { as: scammer });
    expect(held.data.createPost.state).toBe('HELD');
    const heldId: string = held.data.createPost.id;
    const spam = await t.factory.reply({ thread, author: spammer, body: 'Buy cheap followers at my shop, DM me.' });
    expect(
      (await t.gql(REPORT, { input: { postId: spam.id, reason: 'SPAM', note: 'Advertising, posted in five threads.' } }, { as: reporter }))
        .errors,
    ).toBeUndefined();
    // A Chinese item, for the moderators of Chinese only.
    const zhThread = await t.factory.thread({
      board: await h.board('zh-CN', 'deposits-withdrawals'),
      author: asker,
      title: '提币一直在处理中',
    });
    const zhHeld = await t.gql(
      CREATE_POST,
      { i: { threadId: zhThread.id, body: '您的钱包未验证，请访问 https://okx-verify-wallet.com/login 立即验证以解冻资金。' } },
      { as: await t.factory.user({ locale: 'zh-CN' }) },
    );
    expect(zhHeld.data.createPost.state).toBe('HELD');

    const order: string[] = (await t.gql(QUEUE, {}, { as: moderator })).data.reviewQueue.nodes.map(
      (n: { post: { id: string } }) => n.post.id,
    );
    expect(order).toContain(heldId);
    expect(order).toContain(spam.id);
    expect(order).not.toContain(zhHeld.data.createPost.id);

    const { context, page } = await h.open('/en/moderation', { session: moderator });
    const list = page.getByRole('navigation', { name: 'Items in the queue' });
    await list.getByRole('button').first().waitFor();
    // The list is the API's priority order; the Chinese item is not there.
    const rows = await list.getByRole('button').allInnerTexts();
    expect(rows).toHaveLength(2);
    const expected = order.map((id) => (id === heldId ? `@${scammer.handle}` : `@${spammer.handle}`));
    expect(rows.map((row) => (row.includes(`@${scammer.handle}`) ? `@${scammer.handle}` : `@${spammer.handle}`))).toEqual(expected);
    expect(rows.join('\n')).not.toContain('提币');
    // The held reply in full, the scam guard's evidence marked in the text.
    if (order[0] !== heldId) await page.keyboard.press('j');
    const item = page.getByRole('article');
    await item.getByText('Scam guard: held', { exact: false }).waitFor();
    expect(await item.locator('section[aria-label="The post\'s full text"] mark').count()).toBeGreaterThan(0);
    expect(await item.getByRole('link', { name: 'Withdrawal stuck for three days' }).getAttribute('href')).toBe(`/en/t/${thread.id}`);
    await screenshot(page, 'review-queue-held-en-desktop');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // The help overlay, by keyboard.
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.waitFor();
    await screenshot(page, 'review-queue-keys-en-desktop');
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });

    // The reported post: chosen with j / k, the reason "Spam" picked from the list by keyboard, r removes it.
    await page.keyboard.press(order[0] === heldId ? 'j' : 'k');
    await item.getByText('Advertising, posted in five threads.').waitFor();
    await page.getByLabel('Reason', { exact: true }).focus();
    await page.getByLabel('Reason', { exact: true }).selectOption({ label: 'Spam' });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('r');
    await page.getByRole('status').filter({ hasText: 'Removed the post in “Withdrawal stuck for three days”: Spam.' }).waitFor();
    expect((await t.db.query(`SELECT state, removal_reason FROM posts WHERE id = $1`, [spam.id]))[0]).toEqual({
      state: 'REMOVED',
      removal_reason: 'Spam',
    });
    // The queue moved on to the other item without a page load.
    await item.getByText('Scam guard: held', { exact: false }).waitFor();
    expect(await list.getByRole('button').count()).toBe(1);

    // The visitor sees the tombstone; the undo brings the post back.
    const visitor = await h.open(`/en/t/${thread.id}`);
    await visitor.page.getByText('Removed by a moderator: Spam').waitFor();
    await page.getByRole('button', { name: 'Undo: restore the post' }).click();
    await page.getByRole('status').filter({ hasText: 'Undone.' }).waitFor();
    await visitor.page.reload();
    await visitor.page.getByText('Buy cheap followers at my shop').waitFor();
    expect(await visitor.page.getByText('Removed by a moderator: Spam').count()).toBe(0);

    // Purge and ban the scammer: the dialog says what will happen; nothing happens before confirming.
    await page.keyboard.press('p');
    const dialog = page.getByRole('dialog', { name: `Purge every post of @${scammer.handle}?` });
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain(`(@${scammer.handle}), in every board and language, is removed`);
    expect(await dialog.innerText()).toContain('Every thread and reply of ');
    expect(await dialog.innerText()).toContain('will not be able to post, reply or report until a moderator lifts the ban');
    await screenshot(page, 'review-queue-purge-dialog-en-desktop');
    expect((await t.db.query(`SELECT banned_until FROM users WHERE id = $1`, [scammer.id]))[0].banned_until).toBeNull();
    await dialog.getByRole('button', { name: `Purge @${scammer.handle}` }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `of @${scammer.handle}, and banned the account.` })
      .waitFor();
    expect((await t.db.query(`SELECT state FROM posts WHERE id = $1`, [heldId]))[0].state).toBe('REMOVED');
    expect((await t.db.query(`SELECT banned_until FROM users WHERE id = $1`, [scammer.id]))[0].banned_until).not.toBeNull();
    await page.getByText('Nothing to review: the queue is clear.').waitFor();
    await screenshot(page, 'review-queue-purged-en-desktop');

    // Undo the purge: the held reply is held again, the ban lifted.
    await page.getByRole('button', { name: 'Undo purge' }).click();
    await page.getByRole('status').filter({ hasText: 'Undone.' }).waitFor();
    expect((await t.db.query(`SELECT state FROM posts WHERE id = $1`, [heldId]))[0].state).toBe('HELD');
    expect((await t.db.query(`SELECT banned_until FROM users WHERE id = $1`, [scammer.id]))[0].banned_until).toBeNull();

    // The log has each of these.
    const log = await t.db.query(`SELECT action FROM moderation_log WHERE actor_id = $1 ORDER BY created_at, id`, [moderator.id]);
    expect(log.map((row: { action: string }) => row.action)).toEqual(
      expect.arrayContaining(['REMOVE_POST', 'RESTORE_POST', 'PURGE_USER', 'RESTORE_USER_CONTENT', 'UNBAN_USER']),
    );
    await visitor.context.close();
    // The log page shows them, filtered by the moderator, with what changed.
    await page.getByRole('link', { name: 'Moderation log' }).click();
    await page.getByLabel('Actor').fill(moderator.handle);
    await page.getByLabel('Actor').press('Enter');
    await page.waitForURL(/actor=/);
    const entries = page.getByRole('listitem');
    await entries.filter({ hasText: 'PURGE_USER' }).first().waitFor();
    const removal = entries.filter({ hasText: 'REMOVE_POST' }).first();
    // The entry's before / after renders after the entry itself: wait for it, under a loaded run too.
    await expect.poll(() => removal.innerText()).toContain('Reason: Spam');
    await expect.poll(() => removal.locator('ins').allInnerTexts()).toContain('REMOVED');
    await page.getByLabel('Action').selectOption('PURGE_USER');
    expect(await entries.filter({ hasText: 'REMOVE_POST' }).count()).toBe(0);
    await screenshot(page, 'moderation-log-en-desktop');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await context.close();
  });

  it('shows a moderator of Chinese their items in Chinese at 360 px, and sends a user without the role away', async () => {
    const { t } = h;
    const zhModerator = await t.factory.user({ locale: 'zh-CN', roles: ['MODERATOR'], moderatorLocales: ['zh-CN'], totp: true });
    const asker = await t.factory.user({ locale: 'zh-CN' });
    const thread = await t.factory.thread({
      board: await h.board('zh-CN', 'account-security'),
      author: asker,
      title: '有人冒充客服联系我',
    });
    const reply = await t.factory.reply({
      thread,
      author: await t.factory.user({ locale: 'zh-CN' }),
      body: '我是官方客服，请把助记词发给我，帮你找回资产。',
    });
    await t.gql(REPORT, { input: { postId: reply.id, reason: 'IMPERSONATION', note: '冒充客服索要助记词' } }, { as: asker });

    const { context, page } = await h.open('/zh-CN/moderation', { session: zhModerator, viewport: PHONE });
    await page.getByRole('heading', { name: '审核队列' }).waitFor();
    await page
      .getByRole('navigation', { name: '队列中的条目' })
      .getByRole('button', { name: /有人冒充客服联系我/ })
      .click();
    await page.getByText('冒充客服索要助记词').waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'review-queue-zh-CN-phone');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await context.close();

    const user = await h.open('/en/moderation', { session: asker });
    await user.page.waitForURL(`${h.base}/en`);
    await user.context.close();
  });

  it('gives a moderator thread tools: lock, pin, remove a reply with a reason, and move the thread to the Chinese board', async () => {
    const { t } = h;
    const moderator = await t.factory.user({ locale: 'en', roles: ['MODERATOR'], moderatorLocales: ['en', 'zh-CN'], totp: true });
    const asker = await t.factory.user({ locale: 'en' });
    const enBoard = await h.board('en', 'account-security');
    const zhBoard = await h.board('zh-CN', 'account-security');
    const thread = await t.factory.thread({ board: enBoard, author: asker, title: '如何开启两步验证 (asked in English board)' });
    const reply = await t.factory.reply({
      thread,
      author: await t.factory.user({ locale: 'en' }),
      body: 'DM me your seed phrase and I will enable it for you.',
    });

    const { context, page } = await h.open(`/en/t/${thread.id}`, { session: moderator });
    const tools = page.getByRole('region', { name: 'Moderator tools' });
    await tools.waitFor();
    // Lock needs a reason.
    expect(await tools.getByRole('button', { name: 'Lock thread' }).isDisabled()).toBe(true);
    await tools.getByLabel('Reason (logged)').fill('Answered in the FAQ');
    await tools.getByRole('button', { name: 'Lock thread' }).click();
    await tools.getByRole('status').filter({ hasText: 'Thread locked.' }).waitFor();
    await tools.getByRole('button', { name: 'Unlock thread' }).waitFor();
    await tools.getByRole('button', { name: 'Pin thread' }).click();
    await tools.getByRole('button', { name: 'Unpin thread' }).waitFor();
    expect((await t.db.query(`SELECT locked, pinned FROM threads WHERE id = $1`, [thread.id]))[0]).toEqual({ locked: true, pinned: true });

    // A reply removed with its reason: the tombstone shows at once.
    const scam = page.getByRole('article').filter({ hasText: 'DM me your seed phrase' });
    await scam.getByRole('button', { name: 'Moderate post' }).click();
    await scam.getByLabel('Reason (logged)').fill('Asks for the seed phrase');
    await scam.getByRole('button', { name: 'Remove post' }).click();
    await page.getByText('Removed by a moderator: Asks for the seed phrase').waitFor();
    expect((await t.db.query(`SELECT state FROM posts WHERE id = $1`, [reply.id]))[0].state).toBe('REMOVED');
    await screenshot(page, 'thread-tools-en-desktop');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Moved to the Chinese board of the same topic.
    await tools.getByLabel('Reason (logged)').fill('Written in Chinese');
    await tools.getByLabel('Move to board').selectOption({ label: '账户安全 (zh-CN)' });
    await tools.getByRole('button', { name: 'Move thread' }).click();
    await tools.getByRole('status').filter({ hasText: 'Moved to 账户安全.' }).waitFor();
    expect((await t.db.query(`SELECT board_id FROM threads WHERE id = $1`, [thread.id]))[0].board_id).toBe(zhBoard.id);
    await page.getByRole('link', { name: '账户安全' }).first().waitFor();
    const log = await t.db.query(`SELECT action FROM moderation_log WHERE actor_id = $1 ORDER BY created_at, id`, [moderator.id]);
    expect(log.map((row: { action: string }) => row.action)).toEqual(
      expect.arrayContaining(['LOCK_THREAD', 'PIN_THREAD', 'REMOVE_POST', 'MOVE_THREAD']),
    );
    await context.close();

    // A visitor sees no tools.
    const visitor = await h.open(`/zh-CN/t/${thread.id}`, { viewport: PHONE });
    await visitor.page.getByText('已被版主删除', { exact: false }).waitFor();
    expect(await visitor.page.getByRole('region', { name: '版主工具' }).count()).toBe(0);
    await visitor.context.close();
  });
});
