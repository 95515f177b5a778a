import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, screenshot, screenshotOf } from './chromium.js';
import { horizontalOverflow, PHONE, seriousA11yViolations, startHarness, type Harness } from './fixtures/harness.js';

// Staff on the thread page, the staff queue and metrics, the verify page and the profile, in
// Chromium against the real API.
describe.skipIf(!HAS_CHROMIUM)('staff, verification and profile pages in Chromium', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
  });

  afterAll(async () => {
    await h?.close();
  });

  it('lets staff mark a reply official (the asker sees it under the question), unmark it, and rolls back a refused mark', async () => {
    const { t } = h;
    const asker = await t.factory.user({ locale: 'en' });
    const staff = await t.factory.user({
      locale: 'en',
      handle: `amy_${Date.now().toString(36)}`,
      roles: ['STAFF'],
      staffLocales: ['en'],
      totp: true,
    });
    const moderator = await t.factory.user({ locale: 'en', roles: ['MODERATOR'], moderatorLocales: ['en'], totp: true });
    const thread = await t.factory.thread({
      board: await h.board('en', 'deposits-withdrawals'),
      author: asker,
      title: 'USDT withdrawal pending for two days',
    });
    await t.factory.reply({ thread, author: asker, body: 'Still pending this morning.' });
    await t.factory.reply({
      thread,
      author: staff,
      body: 'Withdrawals on TRC20 were delayed by network congestion; yours has now been sent.',
    });

    // Staff signs in through the form, with the 2FA step.
    const { context, page } = await h.open('/en/signin');
    await page.getByLabel('Email or handle').fill(staff.handle);
    await page.getByLabel('Password').fill(staff.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByLabel('Authentication code').fill(await staff.totp());
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByRole('link', { name: `Signed in as ${staff.handle}` }).waitFor();
    await page.goto(`${h.base}/en/t/${thread.id}`);
    const staffReply = page.getByRole('article').filter({ hasText: 'network congestion' });
    await staffReply.getByRole('button', { name: 'Mark as official answer' }).click();
    const official = page.getByRole('article', { name: 'Official answer' });
    await official.getByText('network congestion').waitFor();
    expect(await page.getByText('Answered', { exact: true }).count()).toBe(1);
    await screenshot(page, 'thread-staff-marked-en-desktop');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // The asker, on their own page load, sees it right under the question.
    const seen = await h.open(`/en/t/${thread.id}`, { session: asker });
    const articles = seen.page.getByRole('article');
    await seen.page.getByRole('article', { name: 'Official answer' }).waitFor();
    expect(await articles.nth(1).getAttribute('aria-label')).toBe('Official answer');
    expect(await articles.nth(1).innerText()).toContain('network congestion');
    expect(await seen.page.getByRole('button', { name: 'Mark as official answer' }).count()).toBe(0);
    await seen.context.close();

    await official.getByRole('button', { name: 'Unmark official answer' }).click();
    await page.getByRole('article', { name: 'Official answer' }).waitFor({ state: 'detached' });
    const stored = await t.gql(`query ($id: ID!) { thread(id: $id) { status officialAnswer { id } } }`, { id: thread.id });
    expect(stored.data.thread).toEqual({ status: 'OPEN', officialAnswer: null });

    // Meanwhile a moderator removes the other reply: marking it is refused and undone on screen.
    const other = page.getByRole('article').filter({ hasText: 'Still pending this morning.' });
    const otherId = (await t.db.query(`SELECT id FROM posts WHERE thread_id = $1 AND body = 'Still pending this morning.'`, [thread.id]))[0]
      .id;
    const removed = await t.gql(
      `mutation ($input: ModeratePostInput!) { moderatePost(input: $input) { state } }`,
      { input: { postId: otherId, action: 'REMOVE', reason: 'spam' } },
      { as: moderator },
    );
    expect(removed.data.moderatePost.state).toBe('REMOVED');
    await other.getByRole('button', { name: 'Mark as official answer' }).click();
    await page.getByRole('alert').filter({ hasText: 'The official answer was not changed.' }).waitFor();
    expect(await page.getByRole('article', { name: 'Official answer' }).count()).toBe(0);
    expect(await other.getByRole('button', { name: 'Mark as official answer' }).count()).toBe(1);
    await screenshot(page, 'thread-staff-mark-refused-en-desktop');
    await context.close();
  });

  it('opens a “verified staff” popover from the staff badge, by keyboard too, at 360 px', async () => {
    const { t } = h;
    const asker = await t.factory.user({ locale: 'zh-CN' });
    const staff = await t.factory.user({ locale: 'zh-CN', roles: ['STAFF'], staffLocales: ['zh-CN'], totp: true });
    const thread = await t.factory.thread({
      board: await h.board('zh-CN', 'account-security'),
      author: asker,
      title: '如何重置两步验证？',
    });
    await t.factory.reply({ thread, author: staff, body: '请在安全中心提交重置申请。' });

    const { context, page } = await h.open(`/zh-CN/t/${thread.id}`, { viewport: PHONE });
    const badge = page.getByRole('button', { name: /OKX 官方人员/ });
    await badge.focus();
    await page.keyboard.press('Enter');
    await page
      .getByRole('status')
      .filter({ hasText: `已核实：@${staff.handle} 是 OKX 官方人员` })
      .waitFor();
    expect(await badge.getAttribute('aria-expanded')).toBe('true');
    expect(await horizontalOverflow(page)).toBe(0);
    await screenshot(page, 'staff-popover-zh-CN-360');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await badge.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-expanded'))).toBe('false');
    await context.close();
  });

  it('tells official staff from a lookalike on the verify page, by keyboard, at 360 px', async () => {
    const { t } = h;
    const staff = await t.factory.user({ locale: 'en', handle: 'helpdesk_amy', roles: ['STAFF'], staffLocales: ['en'], totp: true });
    const { context, page } = await h.open('/en', { viewport: PHONE });
    await page.getByRole('link', { name: 'Is this really staff?' }).click();
    await page.getByRole('heading', { name: 'Is this really staff?', level: 1 }).waitFor();
    await page.getByLabel('Handle').focus();
    await page.keyboard.type(`@${staff.handle}`);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: `@${staff.handle} is official OKX staff` }).waitFor();
    expect(new URL(page.url()).search).toBe(`?handle=${staff.handle}`);
    await screenshot(page, 'verify-official-en-360');

    await page.getByLabel('Handle').fill('helpdesk_arny');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: '@helpdesk_arny is not official OKX staff' }).waitFor();
    expect(await page.getByText(`looks like @${staff.handle}`).count()).toBe(1);
    expect(await horizontalOverflow(page)).toBe(0);
    await screenshot(page, 'verify-lookalike-en-360');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByLabel('Handle').fill('someone_else_entirely');
    await page.getByRole('button', { name: 'Check' }).click();
    await page.getByRole('heading', { name: '@someone_else_entirely is not official OKX staff' }).waitFor();
    expect(await page.getByText('looks like').count()).toBe(0);
    await context.close();
  });

  it('shows staff their queue oldest first with private ones marked, more by cursor, and the first-response figures', async () => {
    const { t } = h;
    const asker = await t.factory.user({ locale: 'zh-CN' });
    const staff = await t.factory.user({ locale: 'zh-CN', roles: ['STAFF'], staffLocales: ['zh-CN'], totp: true });
    const board = await h.board('zh-CN', 'deposits-withdrawals');
    const day = 86_400_000;
    for (let i = 0; i < 22; i++) {
      await t.factory.thread({
        board,
        author: asker,
        title: `排队问题 ${String(i + 1).padStart(2, '0')}`,
        private: i === 1,
        createdAt: new Date(Date.now() - (20 - i / 2) * day),
      });
    }
    // Four answered questions: first staff responses after 1, 2, 3 and 10 hours.
    for (const hours of [1, 2, 3, 10]) {
      const answered = await t.factory.thread({
        board,
        author: asker,
        title: `已回复 ${hours}`,
        createdAt: new Date(Date.now() - 5 * day),
      });
      await t.db.query(`UPDATE threads SET first_staff_response_at = created_at + $2 * interval '1 hour' WHERE id = $1`, [
        answered.id,
        hours,
      ]);
    }

    const { context, page } = await h.open('/zh-CN', { session: staff });
    await page.getByRole('link', { name: '官方待办' }).click();
    await page.getByRole('heading', { name: '官方待办', level: 1 }).waitFor();
    const items = page.getByRole('list', { name: '官方待办' }).getByRole('listitem');
    expect(await items.count()).toBe(20);
    expect(await items.first().innerText()).toContain('排队问题 01');
    expect(await items.nth(1).innerText()).toMatch(/私密[\s\S]*排队问题 02/);
    // Other tests of this file leave questions in the queue too (all newer than these): the
    // figures shown are the API's.
    const since = new Date(Date.now() - 30 * day).toISOString();
    const api = await t.gql(
      `query ($since: DateTime!) { staffQueue { totalCount } staffMetrics(locale: "zh-CN", since: $since) { unanswered } }`,
      { since },
      { as: staff },
    );
    const total: number = api.data.staffQueue.totalCount;
    expect(total).toBeGreaterThanOrEqual(22);
    await page.getByText(`${total} 个未获官方回复的问题`).waitFor();
    const metrics = page.getByRole('region', { name: /首次回复/ });
    expect(await metrics.getByText('已回复').locator('xpath=..').innerText()).toContain('4');
    expect(await metrics.getByText('未回复').locator('xpath=..').innerText()).toContain(String(api.data.staffMetrics.unanswered));
    expect(await metrics.getByText('中位数', { exact: true }).first().locator('xpath=..').innerText()).toContain('2.5');
    expect(await metrics.getByRole('img', { name: /中文的首次回复时间/ }).count()).toBe(1);
    await screenshot(page, 'staff-queue-zh-CN-desktop');
    await screenshotOf(metrics, 'staff-metrics-zh-CN-desktop');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole('button', { name: '加载更多' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `已加载 ${total - 20} 条` })
      .waitFor();
    expect(await items.count()).toBe(total);
    expect(await items.nth(21).innerText()).toContain('排队问题 22');
    await context.close();

    const phone = await h.open('/zh-CN/staff', { session: staff, viewport: PHONE });
    await phone.page.getByRole('heading', { name: '官方待办', level: 1 }).waitFor();
    await phone.page.getByRole('img', { name: /中文的首次回复时间/ }).waitFor();
    expect(await horizontalOverflow(phone.page)).toBe(0);
    await screenshotOf(phone.page.getByRole('region', { name: /首次回复/ }), 'staff-metrics-zh-CN-360');
    await phone.context.close();
  });

  it('changes the display name and language and turns on 2FA from the QR code page', async () => {
    const { t } = h;
    const user = await t.factory.user({ locale: 'en' });
    const { context, page } = await h.open('/en', { session: user });
    await page.getByRole('link', { name: `Signed in as ${user.handle}` }).click();
    await page.getByRole('heading', { name: 'Your profile' }).waitFor();
    await page.getByLabel('Display name').fill('Amy Lin');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await page.getByRole('link', { name: 'Signed in as Amy Lin' }).waitFor();
    const [row] = await t.db.query(`SELECT display_name, locale, totp_enabled FROM users WHERE id = $1`, [user.id]);
    expect(row).toEqual({ display_name: 'Amy Lin', locale: 'zh-CN', totp_enabled: false });

    await page.getByRole('button', { name: 'Set up two-factor authentication' }).click();
    const qr = page.getByRole('img', { name: 'QR code for your authenticator app' });
    await qr.waitFor();
    expect(await qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    const secret = (await page.getByLabel('Secret key').innerText()).replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    await screenshot(page, 'profile-2fa-en-desktop');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByLabel('Code from the app').fill('000000');
    await page.getByRole('button', { name: 'Turn on' }).click();
    await page.getByText('That code is not right or has expired.').waitFor();
    expect(await page.getByLabel('Code from the app').getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel('Code from the app').fill(await generate({ secret }));
    await page.getByRole('button', { name: 'Turn on' }).click();
    await page.getByRole('status').filter({ hasText: 'Two-factor authentication is on.' }).waitFor();
    expect((await t.db.query(`SELECT totp_enabled FROM users WHERE id = $1`, [user.id]))[0].totp_enabled).toBe(true);
    await context.close();

    const phone = await h.open('/zh-CN/profile', { session: user, viewport: PHONE });
    await phone.page.getByRole('heading', { name: '个人资料', level: 1 }).waitFor();
    expect(await horizontalOverflow(phone.page)).toBe(0);
    await screenshot(phone.page, 'profile-zh-CN-360');
    await phone.context.close();
  });
});
