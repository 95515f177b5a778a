import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, screenshot } from './chromium.js';
import { horizontalOverflow, PHONE, seriousA11yViolations, startHarness, type Harness } from './fixtures/harness.js';

const PHISHING =
  'Your withdrawal is stuck because your wallet is not verified. Verify it now at https://okx-verify-wallet.com/login to release the funds.';

describe.skipIf(!HAS_CHROMIUM)('web client in Chromium', () => {
  let h: Harness;
  let t: Harness['t'];
  let base: string;
  const open = (...args: Parameters<Harness['open']>) => h.open(...args);

  beforeAll(async () => {
    h = await startHarness();
    t = h.t;
    base = h.base;
  });

  afterAll(async () => {
    await h?.close();
  });

  it('serves the app at / and sends a visitor to the boards of their language', async () => {
    const { context, page } = await open('/');
    await page.waitForURL(/\/(zh-CN|en)$/);
    await page.locator('h1').waitFor();
    expect(await page.locator('h1').count()).toBe(1);
    const index = await fetch(`${base}/en/t/1`);
    expect(index.status).toBe(200);
    expect(await index.text()).toContain('<div id="root">');
    // Scripts go out gzipped (written so at build time) to browsers that accept it.
    const script = /src="(\/assets\/index-[^"]+\.js)"/.exec(await (await fetch(`${base}/en`)).text())![1];
    const gzipped = await t.http().get(script).set('accept-encoding', 'gzip, br');
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(gzipped.headers.vary).toMatch(/Accept-Encoding/i);
    const plain = await t.http().get(script).set('accept-encoding', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(Number(plain.headers['content-length'])).toBeGreaterThan(Number(gzipped.headers['content-length']));
    await context.close();
  });

  it('signs up, asks a question in the Chinese board and sees it', async () => {
    const { context, page } = await open('/zh-CN');
    await page.getByRole('heading', { name: '社区支持' }).waitFor();
    await screenshot(page, 'home-zh-CN-desktop');
    await page.getByRole('link', { name: '注册' }).click();
    const handle = `asker_${Date.now().toString(36)}`;
    await page.getByLabel('邮箱').fill(`${handle}@example.test`);
    await page.getByLabel('用户名').fill(handle);
    await page.getByLabel('昵称').fill('小明');
    await page.getByLabel('密码').fill('correct horse battery');
    await page.getByRole('button', { name: '创建账户' }).click();
    await page.getByText('已登录：小明').waitFor();

    await page.getByRole('link', { name: '充值与提币' }).first().click();
    await page.getByRole('link', { name: '提问' }).click();
    await page.getByLabel('标题').fill('提币一直显示处理中怎么办？');
    await page.getByLabel('你的问题').fill('我昨天提交的 USDT 提币到现在还在处理中，需要等多久？');
    await page.getByRole('button', { name: '发布问题' }).click();
    await page.getByRole('heading', { name: '提币一直显示处理中怎么办？' }).waitFor();
    expect(await page.getByText('我昨天提交的 USDT 提币到现在还在处理中').count()).toBe(1);
    expect(page.url()).toMatch(/\/zh-CN\/t\/[^/]+$/);
    await screenshot(page, 'thread-zh-CN-desktop');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole('link', { name: '充值与提币' }).first().click();
    await page.getByRole('link', { name: '提币一直显示处理中怎么办？' }).waitFor();
    await screenshot(page, 'board-zh-CN-desktop');
    await context.close();
  });

  it('holds a phishing reply and explains why, with the scam guard’s reasons shown while typing', async () => {
    const author = await t.factory.user({ locale: 'en' });
    const scammer = await t.factory.user({ locale: 'en', createdAt: new Date() });
    const board = await h.board('en', 'deposits-withdrawals');
    const thread = await t.factory.thread({ board, author, title: 'Withdrawal pending for hours' });
    const { context, page } = await open(`/en/t/${thread.id}`, { session: scammer });
    await page.getByRole('textbox', { name: 'Your reply' }).fill(PHISHING);
    await page.getByRole('alert').filter({ hasText: 'Before you post' }).waitFor();
    await page.getByRole('button', { name: 'Post reply' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: /Awaiting review|Not published/ })
      .waitFor();
    const outcome = await page
      .getByRole('alert')
      .filter({ hasText: /Awaiting review|Not published/ })
      .innerText();
    expect(outcome).toMatch(/moderator|Remove the parts/);
    expect(outcome).toContain('okx-verify-wallet.com');
    await screenshot(page, 'scam-reply-en-desktop');
    await context.close();
  });

  it('shows each board’s thread count and latest activity on the home page', async () => {
    const author = await t.factory.user({ locale: 'en' });
    const board = await h.board('en', 'account-security');
    await t.factory.thread({ board, author, title: 'Cannot find my API keys', createdAt: new Date(Date.now() - 3 * 3_600_000) });
    const api = await t.gql(`query { boards(locale: "en") { id threadCount } }`);
    const count = api.data.boards.find((b: { id: string }) => b.id === board.id).threadCount;
    expect(count).toBeGreaterThan(0);
    const { context, page } = await open('/en');
    const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Account security', exact: true }) });
    await card.getByText(`${count} thread`).waitFor();
    expect(await card.locator('time').getAttribute('datetime')).toMatch(/^\d{4}-/);
    expect(await card.locator('time').innerText()).toMatch(/ago|now/);
    await screenshot(page, 'home-en-desktop');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await context.close();
  });

  it('serves a thread as crawlable HTML with its QAPage markup, readable without JavaScript, and the app takes over', async () => {
    const asker = await t.factory.user({ locale: 'zh-CN' });
    const staff = await t.factory.user({ locale: 'zh-CN', roles: ['STAFF'], staffLocales: ['zh-CN'], totp: true });
    const thread = await t.factory.thread({
      board: await h.board('zh-CN', 'deposits-withdrawals'),
      author: asker,
      title: '充值未到账怎么办？',
      body: '我从钱包转入的 USDT 还没到账。',
    });
    const answer = await t.factory.reply({ thread, author: staff, body: '请确认链上已有 64 个区块确认，之后会自动入账。' });
    await t.gql(`mutation ($postId: ID!) { markOfficialAnswer(postId: $postId) { id } }`, { postId: answer.id }, { as: staff });

    const html = await (await fetch(`${base}/zh-CN/t/${thread.id}`)).text();
    const ld = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]);
    expect(ld.mainEntity.acceptedAnswer.text).toBe('请确认链上已有 64 个区块确认，之后会自动入账。');

    const context = await h.browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`${base}/zh-CN/t/${thread.id}`);
    expect(await page.locator('h1').innerText()).toBe('充值未到账怎么办？');
    expect(await page.getByRole('article').nth(1).innerText()).toContain('64 个区块确认');
    await screenshot(page, 'thread-crawlable-no-js-zh-CN-360');
    await context.close();

    const app = await open(`/zh-CN/t/${thread.id}`);
    await app.page.getByRole('link', { name: '登录后回复' }).waitFor();
    expect(await app.page.getByRole('article', { name: '官方回答' }).innerText()).toContain('64 个区块确认');
    await app.context.close();
  });

  it('switches the UI, the URL and the boards with the language', async () => {
    const { context, page } = await open('/en/b/deposits-withdrawals');
    await page.getByRole('heading', { name: 'Deposits & withdrawals' }).waitFor();
    await screenshot(page, 'board-en-desktop');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('link', { name: '中文' }).click();
    await page.getByRole('heading', { name: '充值与提币' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/zh-CN/b/deposits-withdrawals');
    expect(await page.getByRole('link', { name: '提问' }).count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await page.getByRole('link', { name: 'Beacon' }).click();
    await page.getByRole('link', { name: '账户安全' }).waitFor();
    await context.close();
  });

  it('keeps a private thread from another user', async () => {
    const asker = await t.factory.user({ locale: 'zh-CN' });
    const other = await t.factory.user({ locale: 'zh-CN' });
    const board = await h.board('zh-CN', 'account-security');
    const thread = await t.factory.thread({
      board,
      author: asker,
      title: '我的账户被冻结了',
      body: '私密问题：我的 UID 是 123456',
      private: true,
    });

    const own = await open(`/zh-CN/t/${thread.id}`, { session: asker });
    await own.page.getByRole('heading', { name: '我的账户被冻结了' }).waitFor();
    expect(await own.page.getByText('私密帖子：只有你和 OKX 官方人员能看到。').count()).toBe(1);
    await own.context.close();

    const foreign = await open(`/zh-CN/t/${thread.id}`, { session: other });
    await foreign.page.getByText('这里什么也没有。').waitFor();
    expect(await foreign.page.getByText('我的 UID 是 123456').count()).toBe(0);
    await foreign.context.close();

    const list = await open('/zh-CN/b/account-security', { session: other });
    await list.page.getByRole('heading', { name: '账户安全' }).waitFor();
    expect(await list.page.getByText('我的账户被冻结了').count()).toBe(0);
    await list.context.close();
  });

  it('recovers a stale edit: both versions shown, no text lost, saved over the new revision', async () => {
    const author = await t.factory.user({ locale: 'en' });
    const board = await h.board('en', 'account-security');
    const thread = await t.factory.thread({ board, author, title: 'Reset my 2FA', body: 'I lost my phone.' });
    const { context, page } = await open(`/en/t/${thread.id}`, { session: author });
    await page.getByRole('button', { name: 'Edit' }).click();
    const editor = page.getByRole('textbox', { name: 'Edit your post' });
    await editor.fill('I lost my phone and my backup codes.');
    // Meanwhile the same post is changed from another tab.
    const edit = `mutation ($input: EditPostInput!) { editPost(input: $input) { revision } }`;
    const other = await t.gql(
      edit,
      { input: { postId: thread.questionId, body: 'I lost my phone. UID 1234.', expectedRevision: 1 } },
      { as: author },
    );
    expect(other.data.editPost.revision).toBe(2);

    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('alert').filter({ hasText: 'This post changed while you were editing' }).waitFor();
    expect(await page.getByRole('alert').filter({ hasText: 'I lost my phone. UID 1234.' }).count()).toBe(1);
    expect(await page.getByRole('textbox', { name: 'Your version' }).inputValue()).toBe('I lost my phone and my backup codes.');
    await screenshot(page, 'edit-conflict-en-desktop');

    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('button', { name: 'Edit' }).waitFor();
    const stored = await t.gql(`query ($id: ID!) { thread(id: $id) { question { body revision } } }`, { id: thread.id }, { as: author });
    expect(stored.data.thread.question).toEqual({ body: 'I lost my phone and my backup codes.', revision: 3 });
    expect(await page.getByText('I lost my phone and my backup codes.').count()).toBe(1);
    await context.close();
  });

  it('refreshes an expired access token silently (rotating the refresh token) and says so when the session is gone', async () => {
    const user = await t.factory.user({ locale: 'en' });
    const stale = { token: 'not-a-valid-token', refreshToken: user.refreshToken };
    const live = await open('/en', { session: stale });
    await live.page.getByText(`Signed in as ${user.handle}`).waitFor();
    const stored = JSON.parse((await live.page.evaluate(() => localStorage.getItem('beacon.session'))) ?? '{}');
    expect(stored.refreshToken).not.toBe(user.refreshToken);
    expect(stored.accessToken).not.toBe('not-a-valid-token');
    await live.context.close();

    // The refresh token above was spent by the rotation, longer ago than the reuse grace: this
    // session can only end.
    await t.db.query(`UPDATE sessions SET rotated_at = now() - interval '1 minute' WHERE user_id = $1 AND rotated_at IS NOT NULL`, [
      user.id,
    ]);
    const gone = await open('/en', { session: stale });
    await gone.page.getByRole('alert').filter({ hasText: 'Your session has expired' }).waitFor();
    expect(await gone.page.getByRole('link', { name: 'Sign in' }).count()).toBeGreaterThan(0);
    expect(await gone.page.evaluate(() => localStorage.getItem('beacon.session'))).toBeNull();
    await gone.context.close();
  });

  it('renders the home and thread pages at 360 px in both languages', async () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const { context, page } = await open(`/${lang}`, { viewport: PHONE });
      await page.locator('h1').waitFor();
      expect(await horizontalOverflow(page)).toBe(0);
      await screenshot(page, `home-${lang}-360`);
      await page.locator('main a').first().click();
      await page.locator('h1').waitFor();
      await screenshot(page, `board-${lang}-360`);
      await context.close();
    }
  });
});
