import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestBoard, TestThread, TestUser } from '../support/factory.js';
import { createTestApp, errorOf, type TestApp } from '../support/test-app.js';

const CREATE_POST = `mutation ($input: CreatePostInput!) { createPost(input: $input) { id state body } }`;
const CREATE_THREAD = `mutation ($input: CreateThreadInput!) { createThread(input: $input) { id question { state } } }`;
const CHECK = `query ($body: String!, $locale: String) { checkContent(body: $body, locale: $locale) { action score signals { kind evidence message } } }`;
const REPLIES = `query ($id: ID!) { thread(id: $id) { replyCount replies { totalCount nodes { id state body } } } }`;
const POST_BY_THREAD = `query ($id: ID!) { thread(id: $id) { replies { nodes { id state } } } }`;
const ADD_RULE = `mutation ($input: AddScamRuleInput!) { addScamRule(input: $input) { id kind pattern locale action } }`;
const REMOVE_RULE = `mutation ($id: ID!) { removeScamRule(id: $id) }`;
const RULES = `query ($kind: ScamRuleKind) { scamRules(kind: $kind) { id pattern } }`;

const PHISHING =
  'Your withdrawal is stuck because your wallet is not verified. Verify it now at https://okx-verify-wallet.com/login to release the funds.';
const SEED_PHRASE =
  'My funds are gone, here is my recovery phrase so you can check: time physical circle razor river lock gain movie mass merge battle buddy';

describe('scam guard on posting', () => {
  let t: TestApp;
  let board: TestBoard;
  let author: TestUser;
  let scammer: TestUser;
  let moderator: TestUser;
  let otherUser: TestUser;
  let admin: TestUser;
  let other: TestApp | undefined;

  beforeAll(async () => {
    t = await createTestApp();
    board = await t.factory.board({ locale: 'en' });
    author = await t.factory.user();
    scammer = await t.factory.user();
    otherUser = await t.factory.user();
    moderator = await t.factory.user({ roles: ['MODERATOR'], moderatorLocales: ['en'], totp: true });
    admin = await t.factory.user({ roles: ['ADMIN'], totp: true });
  });
  afterAll(async () => {
    await other?.close();
    await t.close();
  });

  const newThread = (): Promise<TestThread> => t.factory.thread({ board, author });

  it('holds a phishing reply: its author and moderators see it as HELD, others not at all, and it is not counted', async () => {
    const thread = await newThread();
    const res = await t.gql(CREATE_POST, { input: { threadId: thread.id, body: PHISHING } }, { as: scammer });
    expect(res.data.createPost.state).toBe('HELD');
    const postId = res.data.createPost.id;

    const asAuthor = (await t.gql(REPLIES, { id: thread.id }, { as: scammer })).data.thread;
    expect(asAuthor.replies.nodes).toEqual([{ id: postId, state: 'HELD', body: PHISHING }]);
    const asModerator = (await t.gql(REPLIES, { id: thread.id }, { as: moderator })).data.thread;
    expect(asModerator.replies.nodes.map((p: { id: string }) => p.id)).toEqual([postId]);
    for (const viewer of [otherUser, null]) {
      const seen = (await t.gql(REPLIES, { id: thread.id }, { as: viewer })).data.thread;
      expect(seen.replies.nodes).toEqual([]);
      expect(seen.replies.totalCount).toBe(0);
      expect(seen.replyCount).toBe(0);
    }
    const [stored] = await t.db.query(`SELECT state, scam_score, scam_verdict FROM posts WHERE id = $1`, [postId]);
    expect(stored.state).toBe('HELD');
    expect(stored.scam_score).toBeGreaterThan(0);
    expect(stored.scam_verdict.signals.map((s: { kind: string }) => s.kind)).toContain('LOOKALIKE_DOMAIN');
  });

  it('blocks a recovery phrase with CONTENT_BLOCKED and stores nothing', async () => {
    const thread = await newThread();
    const before = await t.db.query(`SELECT count(*)::int AS n FROM posts`);
    const res = await t.gql(CREATE_POST, { input: { threadId: thread.id, body: SEED_PHRASE } }, { as: author });
    const error = errorOf(res);
    expect(error.code).toBe('CONTENT_BLOCKED');
    expect(error.signals.map((s: { kind: string }) => s.kind)).toContain('SECRET_LEAK');
    // The phrase itself is never echoed back in full.
    expect(JSON.stringify(error.signals)).not.toContain('razor river lock gain');
    const after = await t.db.query(`SELECT count(*)::int AS n FROM posts`);
    expect(after[0].n).toBe(before[0].n);
  });

  it('answers CONTENT_BLOCKED in the reader’s language', async () => {
    const thread = await newThread();
    const chineseReader = await t.factory.user({ locale: 'zh-CN' });
    const res = await t.gql(CREATE_POST, { input: { threadId: thread.id, body: SEED_PHRASE } }, { as: chineseReader });
    const error = errorOf(res);
    expect(error.message).toMatch(/[\u4e00-\u9fff]/);
    expect(error.signals[0].message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('blocks a thread whose question leaks a recovery phrase, and creates no thread', async () => {
    const before = await t.db.query(`SELECT count(*)::int AS n FROM threads`);
    const res = await t.gql(
      CREATE_THREAD,
      { input: { boardId: board.id, title: 'Help with my wallet', body: SEED_PHRASE } },
      { as: author },
    );
    expect(errorOf(res).code).toBe('CONTENT_BLOCKED');
    expect((await t.db.query(`SELECT count(*)::int AS n FROM threads`))[0].n).toBe(before[0].n);
  });

  it('holds a link to an unknown site from a new account, but not from an established one', async () => {
    const thread = await newThread();
    const body = 'I wrote up what worked for me here: https://my-crypto-notes.example.org/withdrawals';
    const newcomer = await t.factory.user({ createdAt: new Date() });
    const held = await t.gql(CREATE_POST, { input: { threadId: thread.id, body } }, { as: newcomer });
    expect(held.data.createPost.state).toBe('HELD');
    const established = await t.gql(CREATE_POST, { input: { threadId: thread.id, body } }, { as: author });
    expect(established.data.createPost.state).toBe('VISIBLE');
  });

  it('publishes a staff answer that links to the official help center', async () => {
    const staff = await t.factory.user({ roles: ['STAFF'], staffLocales: ['en'], totp: true, createdAt: new Date() });
    const thread = await newThread();
    const body =
      'Please follow https://www.okx.com/help/how-to-withdraw and never share your password, 2FA codes or seed phrase with anyone.';
    const res = await t.gql(CREATE_POST, { input: { threadId: thread.id, body } }, { as: staff });
    expect(res.data.createPost.state).toBe('VISIBLE');
  });

  // Staff means staff of the content's language: a zh-CN badge earns no leniency on an English board.
  it('judges staff of another language as it judges any new account', async () => {
    const thread = await newThread();
    const ownLanguage = await t.factory.user({ roles: ['STAFF'], staffLocales: ['en'], totp: true });
    const otherLanguage = await t.factory.user({ roles: ['STAFF'], staffLocales: ['zh-CN'], totp: true });
    const body = `Quoting the message going round: "${PHISHING}"`;
    expect((await t.gql(CREATE_POST, { input: { threadId: thread.id, body } }, { as: ownLanguage })).data.createPost.state).toBe('VISIBLE');
    expect((await t.gql(CREATE_POST, { input: { threadId: thread.id, body } }, { as: otherLanguage })).data.createPost.state).toBe('HELD');
  });

  it('applies an admin’s denied domain to the very next post, and its removal too', async () => {
    const thread = await newThread();
    const body = 'Compare prices on https://cheap-coins.example.net before you trade.';
    expect((await t.gql(CREATE_POST, { input: { threadId: thread.id, body } }, { as: author })).data.createPost.state).toBe('VISIBLE');

    const rule = await t.gql(
      ADD_RULE,
      { input: { kind: 'DENIED_DOMAIN', pattern: ' Cheap-Coins.example.net ', action: 'BLOCK' } },
      { as: admin },
    );
    expect(rule.data.addScamRule).toMatchObject({ pattern: 'cheap-coins.example.net', action: 'BLOCK', locale: null });
    const blocked = await t.gql(CREATE_POST, { input: { threadId: thread.id, body } }, { as: author });
    expect(errorOf(blocked).signals.map((s: { kind: string }) => s.kind)).toContain('DENIED_DOMAIN');

    expect((await t.gql(REMOVE_RULE, { id: rule.data.addScamRule.id }, { as: admin })).data.removeScamRule).toBe(true);
    expect((await t.gql(CREATE_POST, { input: { threadId: thread.id, body } }, { as: author })).data.createPost.state).toBe('VISIBLE');
    const log = await t.db.query(`SELECT action FROM moderation_log WHERE target_id = $1 ORDER BY created_at`, [rule.data.addScamRule.id]);
    expect(log.map((r: { action: string }) => r.action)).toEqual(['ADD_SCAM_RULE', 'REMOVE_SCAM_RULE']);
  });

  it('applies a rule added on one instance to posts on another instance', async () => {
    // passport keeps one strategy per name per process: the second instance stays open until
    // the suite ends, rather than leaving the first one with a closed strategy.
    other = await createTestApp({}, { sameDatabaseAs: t });
    {
      const thread = await newThread();
      const body = 'Best rates at https://other-instance-rates.com today.';
      // Instance two has compiled its rules before the change.
      expect((await other!.gql(CHECK, { body }, { as: author })).data.checkContent.action).not.toBe('BLOCK');
      const rule = await t.gql(
        ADD_RULE,
        { input: { kind: 'DENIED_DOMAIN', pattern: 'other-instance-rates.com', action: 'BLOCK' } },
        { as: admin },
      );
      await expect
        .poll(async () => (await other!.gql(CHECK, { body }, { as: author })).data.checkContent.action, { timeout: 2000 })
        .toBe('BLOCK');
      expect(errorOf(await other!.gql(CREATE_POST, { input: { threadId: thread.id, body } }, { as: author })).code).toBe('CONTENT_BLOCKED');
      await t.gql(REMOVE_RULE, { id: rule.data.addScamRule.id }, { as: admin });
      await expect
        .poll(async () => (await other!.gql(CHECK, { body }, { as: author })).data.checkContent.action, { timeout: 2000 })
        .not.toBe('BLOCK');
    }
  });

  it('holds posts with a watched phrase only in the rule’s language', async () => {
    const zhBoard = await t.factory.board({ locale: 'zh-CN' });
    const rule = await t.gql(
      ADD_RULE,
      { input: { kind: 'WATCHED_PHRASE', pattern: '内部渠道', locale: 'zh-CN', action: 'HOLD' } },
      { as: admin },
    );
    expect(rule.errors).toBeUndefined();
    const zhThread = await t.factory.thread({ board: zhBoard, author });
    const enThread = await newThread();
    const body = '听说有内部渠道可以加快审核';
    expect((await t.gql(CREATE_POST, { input: { threadId: zhThread.id, body } }, { as: author })).data.createPost.state).toBe('HELD');
    expect((await t.gql(CREATE_POST, { input: { threadId: enThread.id, body } }, { as: author })).data.createPost.state).toBe('VISIBLE');
    await t.gql(REMOVE_RULE, { id: rule.data.addScamRule.id }, { as: admin });
  });

  it('gives checkContent the same verdict that posting gets', async () => {
    for (const body of [PHISHING, SEED_PHRASE, 'How long does a TRC20 withdrawal usually take?']) {
      const check = (await t.gql(CHECK, { body, locale: 'en' }, { as: author })).data.checkContent;
      const thread = await newThread();
      const posted = await t.gql(CREATE_POST, { input: { threadId: thread.id, body } }, { as: author });
      const outcome = posted.errors ? errorOf(posted).code : posted.data.createPost.state;
      const expected = { ALLOW: 'VISIBLE', FLAG: 'VISIBLE', HOLD: 'HELD', BLOCK: 'CONTENT_BLOCKED' }[check.action as string];
      expect(outcome).toBe(expected);
    }
  });

  it('explains each signal in the composer, with the matched text as evidence', async () => {
    const check = (await t.gql(CHECK, { body: PHISHING }, { lang: 'en' })).data.checkContent;
    expect(check.action).not.toBe('ALLOW');
    expect(check.score).toBeGreaterThan(0);
    const lookalike = check.signals.find((s: { kind: string }) => s.kind === 'LOOKALIKE_DOMAIN');
    expect(lookalike.evidence).toContain('okx-verify-wallet.com');
    expect(lookalike.message.length).toBeGreaterThan(10);
  });

  it('keeps the verdict of a flagged-but-published edit and re-holds an edit that adds phishing', async () => {
    const thread = await newThread();
    const created = await t.gql(
      CREATE_POST,
      { input: { threadId: thread.id, body: 'Withdrawal pending for 3 hours, is this normal?' } },
      { as: author },
    );
    const edit = `mutation ($input: EditPostInput!) { editPost(input: $input) { state revision } }`;
    const res = await t.gql(edit, { input: { postId: created.data.createPost.id, body: PHISHING, expectedRevision: 1 } }, { as: author });
    expect(res.data.editPost).toEqual({ state: 'HELD', revision: 2 });
    expect((await t.gql(REPLIES, { id: thread.id })).data.thread.replyCount).toBe(0);
    expect((await t.gql(POST_BY_THREAD, { id: thread.id })).data.thread.replies.nodes).toEqual([]);
  });

  describe('rules administration', () => {
    it('lists live rules for admins, filtered by kind', async () => {
      const added = await t.gql(ADD_RULE, { input: { kind: 'ALLOWED_DOMAIN', pattern: 'coingecko.com', action: 'ALLOW' } }, { as: admin });
      const all = (await t.gql(RULES, {}, { as: admin })).data.scamRules.map((r: { id: string }) => r.id);
      expect(all).toContain(added.data.addScamRule.id);
      const denied = (await t.gql(RULES, { kind: 'DENIED_DOMAIN' }, { as: admin })).data.scamRules.map((r: { id: string }) => r.id);
      expect(denied).not.toContain(added.data.addScamRule.id);
    });

    it.each([
      [{ kind: 'DENIED_DOMAIN', pattern: 'not a domain', action: 'HOLD' }, 'pattern'],
      [{ kind: 'ALLOWED_DOMAIN', pattern: 'example.com', action: 'BLOCK' }, 'action'],
      [{ kind: 'WATCHED_PHRASE', pattern: '   ', action: 'HOLD' }, 'pattern'],
      [{ kind: 'WATCHED_PHRASE', pattern: 'x'.repeat(201), action: 'HOLD' }, 'pattern'],
      [{ kind: 'WATCHED_PHRASE', pattern: 'free coins', action: 'HOLD', locale: 'xx' }, 'locale'],
    ])('refuses the invalid rule %j', async (input, field) => {
      const error = errorOf(await t.gql(ADD_RULE, { input }, { as: admin }));
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(Object.keys(error.fields ?? {})).toContain(field);
    });

    it('refuses a duplicate live rule and an unknown rule id', async () => {
      const input = { kind: 'DENIED_DOMAIN', pattern: 'dupe-check-example.com', action: 'HOLD' };
      await t.gql(ADD_RULE, { input }, { as: admin });
      expect(errorOf(await t.gql(ADD_RULE, { input: { ...input, pattern: 'DUPE-check-example.com' } }, { as: admin })).code).toBe(
        'CONFLICT',
      );
      expect(errorOf(await t.gql(REMOVE_RULE, { id: '00000000-0000-4000-8000-000000000000' }, { as: admin })).code).toBe('NOT_FOUND');
    });

    it.each([
      ['visitor', null, 'UNAUTHENTICATED'],
      ['user', 'user', 'FORBIDDEN'],
      ['moderator', 'moderator', 'FORBIDDEN'],
      ['admin without 2FA', 'adminNo2fa', 'TWO_FACTOR_REQUIRED'],
    ])('refuses rule changes and listing to a %s', async (_label, who, code) => {
      const actors: Record<string, TestUser> = { user: otherUser, moderator, adminNo2fa: await t.factory.user({ roles: ['ADMIN'] }) };
      const as = who ? actors[who] : null;
      const input = { kind: 'DENIED_DOMAIN', pattern: 'matrix.example', action: 'HOLD' };
      expect(errorOf(await t.gql(ADD_RULE, { input }, { as })).code).toBe(code);
      expect(errorOf(await t.gql(REMOVE_RULE, { id: '00000000-0000-4000-8000-000000000000' }, { as })).code).toBe(code);
      expect(errorOf(await t.gql(RULES, {}, { as })).code).toBe(code);
    });
  });
});
