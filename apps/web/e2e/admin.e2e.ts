import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, screenshot } from './chromium.js';
import { horizontalOverflow, PHONE, seriousA11yViolations, startHarness, type Harness } from './fixtures/harness.js';

// The admin's console in Chromium against the real API: a badge granted shows on the new staff
// member's posts; a denied domain added warns the next writer in the composer; the log has both.
describe.skipIf(!HAS_CHROMIUM)('the admin console in Chromium', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
  });

  afterAll(async () => {
    await h?.close();
  });

  it('grants a staff badge (the member’s posts show it), sets roles, adds a denied domain (the composer warns about it) and removes it', async () => {
    const { t } = h;
    const admin = await t.factory.user({ locale: 'en', roles: ['ADMIN'], totp: true });
    const member = await t.factory.user({ locale: 'en', handle: `lena_${Date.now().toString(36)}`, totp: true });
    const writer = await t.factory.user({ locale: 'en' });
    const thread = await t.factory.thread({ board: await h.board('en', 'account-security'), author: writer, title: 'Lost my 2FA device' });
    await t.factory.reply({ thread, author: member, body: 'Use the reset form in the security center.' });

    const { context, page } = await h.open('/en/admin', { session: admin });
    const users = page.getByRole('region', { name: 'Accounts' });
    await users.getByLabel('Handle').fill(member.handle);
    await users.getByRole('button', { name: 'Look up' }).click();
    await users.getByText('No staff badge.').waitFor();
    await users.getByLabel('Title').fill('Official support');
    await users.getByLabel('Team').fill('Security team');
    await users.getByRole('group', { name: 'Answers in these languages' }).getByLabel('English (en)').check();
    await users.getByRole('button', { name: 'Grant badge' }).click();
    await users
      .getByRole('status')
      .filter({ hasText: `@${member.handle} now has the staff badge.` })
      .waitFor();
    await users.getByText('Staff badge: Official support, Security team (en)').waitFor();
    // Roles: make the member a moderator of Chinese too.
    await users.getByRole('group', { name: 'Roles' }).getByLabel('Moderator').check();
    await users.getByRole('group', { name: 'Moderates these languages' }).getByLabel('Chinese (zh-CN)').check();
    await users.getByRole('button', { name: 'Save roles' }).click();
    await users
      .getByRole('status')
      .filter({ hasText: `Roles of @${member.handle} saved.` })
      .waitFor();
    const stored = (await t.db.query(`SELECT roles, moderator_locales FROM users WHERE id = $1`, [member.id]))[0];
    expect([...stored.roles].sort()).toEqual(['MODERATOR', 'STAFF', 'USER']);
    expect(stored.moderator_locales).toEqual(['zh-CN']);
    await screenshot(page, 'admin-users-en-desktop');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // The member's reply shows the badge to a visitor.
    const visitor = await h.open(`/en/t/${thread.id}`);
    await visitor.page
      .getByRole('article')
      .filter({ hasText: 'Use the reset form' })
      .getByRole('button', { name: /Security team/ })
      .waitFor();
    await visitor.context.close();

    // A denied domain, tried first against the rules in force.
    const rules = page.getByRole('region', { name: 'Scam guard rules' });
    const sample = 'Claim your bonus at https://okx-bonus-claim.net/now';
    await rules.getByLabel('Text', { exact: true }).fill(sample);
    await rules.getByRole('button', { name: 'Check' }).click();
    await rules.getByText(/^Verdict:/).waitFor();
    await rules.getByLabel('Pattern').fill('okx-bonus-claim.net');
    await rules.getByRole('button', { name: 'Add rule' }).click();
    await rules.getByRole('status').filter({ hasText: 'Rule “okx-bonus-claim.net” added.' }).waitFor();
    await rules.getByRole('cell', { name: 'okx-bonus-claim.net', exact: true }).waitFor();
    await rules.getByRole('button', { name: 'Check' }).click();
    await rules.getByText('Verdict: Block', { exact: false }).waitFor();
    await screenshot(page, 'admin-rules-en-desktop');

    // The next writer is warned in the composer as they type.
    const composer = await h.open(`/en/t/${thread.id}`, { session: writer });
    await composer.page.getByRole('textbox', { name: 'Your reply' }).fill(`Thanks! Also, ${sample}`);
    const warning = composer.page.getByRole('alert').filter({ hasText: 'Before you post' });
    await warning.waitFor();
    expect(await warning.innerText()).toContain('okx-bonus-claim.net');
    await screenshot(composer.page, 'composer-denied-domain-en-desktop');
    await composer.context.close();

    // Removed again.
    await rules.getByRole('button', { name: 'Remove the rule okx-bonus-claim.net' }).click();
    await rules.getByRole('status').filter({ hasText: 'Rule “okx-bonus-claim.net” removed.' }).waitFor();
    expect(await rules.getByRole('cell', { name: 'okx-bonus-claim.net', exact: true }).count()).toBe(0);

    const log = await t.db.query(`SELECT action FROM moderation_log WHERE actor_id = $1 ORDER BY created_at, id`, [admin.id]);
    expect(log.map((row: { action: string }) => row.action)).toEqual(
      expect.arrayContaining(['GRANT_BADGE', 'ADD_SCAM_RULE', 'REMOVE_SCAM_RULE']),
    );
    // The log page shows them too, the rule's pattern in its after / before.
    await page.goto(`${h.base}/en/moderation/log?actor=${admin.handle}`);
    const entries = page.getByRole('listitem');
    await entries.filter({ hasText: 'GRANT_BADGE' }).first().waitFor();
    expect(await entries.filter({ hasText: 'ADD_SCAM_RULE' }).first().innerText()).toContain('okx-bonus-claim.net');
    expect(await entries.filter({ hasText: 'REMOVE_SCAM_RULE' }).count()).toBe(1);
    await context.close();
  });

  it('creates a board, in Chinese at 360 px; a moderator is sent away from the console', async () => {
    const { t } = h;
    const admin = await t.factory.user({ locale: 'zh-CN', roles: ['ADMIN'], totp: true });
    const { context, page } = await h.open('/zh-CN/admin', { session: admin, viewport: PHONE });
    const boards = page.getByRole('region', { name: '版块' });
    await boards.getByLabel('名称').fill('合约交易');
    await boards.getByLabel('短名').fill('futures');
    await boards.getByRole('button', { name: '创建版块' }).click();
    await boards.getByRole('status').filter({ hasText: '已创建版块“合约交易”（zh-CN）。' }).waitFor();
    expect((await t.db.query(`SELECT name, topic_key FROM boards WHERE locale = 'zh-CN' AND slug = 'futures'`))[0]).toEqual({
      name: '合约交易',
      topic_key: 'futures',
    });
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'admin-zh-CN-phone');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await context.close();

    const moderator = await t.factory.user({ locale: 'en', roles: ['MODERATOR'], moderatorLocales: ['en'], totp: true });
    const away = await h.open('/en/admin', { session: moderator });
    await away.page.waitForURL(`${h.base}/en`);
    await away.context.close();
  });
});
