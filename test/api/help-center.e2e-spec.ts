import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventRelay } from '../../apps/api/src/events/event-relay.js';
import type { Factory, TestUser } from '../support/factory.js';
import { createTestApp, errorOf, type GqlResult, type TestApp } from '../support/test-app.js';

const ARTICLE_FIELDS = `id slug locale topicKey title body bodyHtml status revision publishedAt category { key name articleCount } author { id } translations { locale slug }`;
const CREATE = `mutation ($i: CreateArticleInput!) { createArticle(input: $i) { ${ARTICLE_FIELDS} } }`;
const UPDATE = `mutation ($i: UpdateArticleInput!) { updateArticle(input: $i) { ${ARTICLE_FIELDS} } }`;
const PUBLISH = `mutation ($id: ID!) { publishArticle(id: $id) { id status publishedAt } }`;
const ARCHIVE = `mutation ($id: ID!) { archiveArticle(id: $id) { id status } }`;
const CATEGORY = `mutation ($i: CreateArticleCategoryInput!) { createArticleCategory(input: $i) { key locale name position articleCount } }`;
const ONE = `query ($id: ID, $slug: String, $locale: String) { article(id: $id, slug: $slug, locale: $locale) { ${ARTICLE_FIELDS} } }`;
const LIST = `query ($locale: String!, $categoryKey: String, $status: ArticleStatus, $first: Int, $after: String) {
  articles(locale: $locale, categoryKey: $categoryKey, status: $status, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id slug status } } }`;
const CATEGORIES = `query ($locale: String!) { articleCategories(locale: $locale) { key name position articleCount } }`;
const BODY = `## Find the TXID\n\n1. Open **Assets → History**.\n2. Pick the withdrawal and copy its TXID.\n\nSee the [Help Center](https://www.okx.com/help).`;
type UserOptions = Parameters<Factory['user']>[0];

describe('help center articles', () => {
  let t: TestApp;
  let admin: TestUser;
  let staff: TestUser;
  let zhStaff: TestUser;
  let n = 0;
  const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${n++}`;
  beforeAll(async () => {
    t = await createTestApp({ ANONYMOUS_CACHE_SECONDS: '60' });
    admin = await t.factory.user({ roles: ['ADMIN'], totp: true });
    staff = await t.factory.user({ roles: ['STAFF'], totp: true, staffLocales: ['en'] });
    zhStaff = await t.factory.user({ roles: ['STAFF'], totp: true, staffLocales: ['zh-CN'] });
    for (const [locale, name] of [
      ['en', 'Deposits & withdrawals'],
      ['zh-CN', '充值与提币'],
    ]) {
      expect((await t.gql(CATEGORY, { i: { key: 'deposits', locale, name, position: 1 } }, { as: admin })).errors).toBeUndefined();
    }
  });
  afterAll(() => t.close());

  const draft = async (as: TestUser = staff, overrides: Record<string, unknown> = {}) => {
    const res = await t.gql(
      CREATE,
      { i: { locale: 'en', categoryKey: 'deposits', slug: unique('find-txid'), title: 'How to find your TXID', body: BODY, ...overrides } },
      { as },
    );
    expect(res.errors).toBeUndefined();
    return res.data.createArticle;
  };

  it('takes a draft from staff, rendered and unseen by the public, to published, archived and back, logging each step', async () => {
    const article = await draft();
    expect(article).toMatchObject({
      status: 'DRAFT',
      revision: 1,
      locale: 'en',
      publishedAt: null,
      author: { id: staff.id },
      category: { key: 'deposits' },
    });
    expect(article.bodyHtml).toContain('<strong>Assets → History</strong>');
    expect(article.topicKey).toBe(article.slug);
    expect((await t.gql(ONE, { id: article.id })).data.article).toBeNull();
    expect((await t.gql(ONE, { slug: article.slug, locale: 'en' }, { as: await t.factory.user() })).data.article).toBeNull();
    expect((await t.gql(ONE, { id: article.id }, { as: zhStaff })).data.article).toBeNull();
    expect((await t.gql(ONE, { id: article.id }, { as: staff })).data.article.status).toBe('DRAFT');

    const published = (await t.gql(PUBLISH, { id: article.id }, { as: staff })).data.publishArticle;
    expect(published.status).toBe('PUBLISHED');
    expect(published.publishedAt).not.toBeNull();
    expect((await t.gql(ONE, { slug: article.slug, locale: 'en' })).data.article).toMatchObject({ id: article.id, status: 'PUBLISHED' });
    expect((await t.gql(ARCHIVE, { id: article.id }, { as: staff })).data.archiveArticle.status).toBe('ARCHIVED');
    expect((await t.gql(ONE, { id: article.id })).data.article).toBeNull();
    expect((await t.gql(PUBLISH, { id: article.id }, { as: admin })).data.publishArticle.status).toBe('PUBLISHED');
    // Publishing what is published changes nothing and logs nothing.
    await t.gql(PUBLISH, { id: article.id }, { as: admin });
    const log = await t.db.query(
      `SELECT action, actor_id, locale, before, after FROM moderation_log WHERE target_id = $1 ORDER BY created_at, id`,
      [article.id],
    );
    expect(
      log.map(
        (l: { action: string; before: { status: string }; after: { status: string } }) =>
          `${l.action} ${l.before.status}>${l.after.status}`,
      ),
    ).toEqual(['PUBLISH_ARTICLE DRAFT>PUBLISHED', 'ARCHIVE_ARTICLE PUBLISHED>ARCHIVED', 'PUBLISH_ARTICLE ARCHIVED>PUBLISHED']);
  });

  it('keeps every revision, and refuses an edit over a stale revision with CONFLICT, losing nothing', async () => {
    const article = await draft();
    const edited = (
      await t.gql(UPDATE, { i: { id: article.id, title: 'Find the TXID of a withdrawal', expectedRevision: 1 } }, { as: staff })
    ).data.updateArticle;
    expect(edited).toMatchObject({ revision: 2, title: 'Find the TXID of a withdrawal', body: BODY });
    const stale = await t.gql(UPDATE, { i: { id: article.id, body: 'An older version of the text.', expectedRevision: 1 } }, { as: admin });
    expect(errorOf(stale).code).toBe('CONFLICT');
    const revisions = await t.db.query(
      `SELECT revision, title, edited_by_id FROM article_revisions WHERE article_id = $1 ORDER BY revision`,
      [article.id],
    );
    expect(revisions).toEqual([
      { revision: 1, title: 'How to find your TXID', edited_by_id: staff.id },
      { revision: 2, title: 'Find the TXID of a withdrawal', edited_by_id: staff.id },
    ]);
    expect((await t.gql(ONE, { id: article.id }, { as: staff })).data.article.body).toBe(BODY);
  });

  it('links translations by topic, showing the public only published ones', async () => {
    const topic = unique('2fa-recovery');
    const en = await draft(staff, { topicKey: topic, slug: topic });
    const zh = (
      await t.gql(
        CREATE,
        {
          i: {
            locale: 'zh-CN',
            categoryKey: 'deposits',
            slug: topic,
            topicKey: topic,
            title: '如何找回双重验证',
            body: '请通过官方渠道 https://www.okx.com/help 联系客服。',
          },
        },
        { as: zhStaff },
      )
    ).data.createArticle;
    // The English one is a draft, which staff of Chinese do not see.
    expect(zh.translations).toEqual([]);
    await t.gql(PUBLISH, { id: en.id }, { as: staff });
    expect((await t.gql(ONE, { id: en.id })).data.article.translations).toEqual([]);
    await t.gql(PUBLISH, { id: zh.id }, { as: zhStaff });
    expect((await t.gql(ONE, { id: en.id })).data.article.translations).toEqual([{ locale: 'zh-CN', slug: topic }]);
    const duplicate = await t.gql(
      CREATE,
      { i: { locale: 'en', categoryKey: 'deposits', slug: unique('other'), topicKey: topic, title: 'Same topic again', body: BODY } },
      { as: staff },
    );
    expect(errorOf(duplicate)).toMatchObject({ code: 'BAD_USER_INPUT', fields: { topicKey: expect.any(String) } });
  });

  it('lists a language’s articles newest first by page, published ones for the public, with category counts', async () => {
    const key = unique('cat');
    await t.gql(CATEGORY, { i: { key, locale: 'en', name: 'Paging test', position: 9 } }, { as: admin });
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const a = await draft(staff, { categoryKey: key });
      if (i < 4) await t.gql(PUBLISH, { id: a.id }, { as: staff });
      ids.push(a.id);
    }
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = (await t.gql(LIST, { locale: 'en', categoryKey: key, first: 3, after })).data.articles;
      seen.push(...page.nodes.map((a: { id: string }) => a.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(ids.slice(0, 4).reverse());
    expect((await t.gql(LIST, { locale: 'en', categoryKey: key }, { as: staff })).data.articles.totalCount).toBe(5);
    expect(
      (await t.gql(LIST, { locale: 'en', categoryKey: key, status: 'DRAFT' }, { as: staff })).data.articles.nodes.map(
        (a: { id: string }) => a.id,
      ),
    ).toEqual([ids[4]]);
    expect(errorOf(await t.gql(LIST, { locale: 'en', status: 'DRAFT' })).code).toBe('FORBIDDEN');
    const counts = (as: TestUser | null) =>
      t
        .gql(CATEGORIES, { locale: 'en' }, { as })
        .then((r) => r.data.articleCategories.find((c: { key: string }) => c.key === key).articleCount);
    expect(await counts(null)).toBe(4);
    expect(await counts(staff)).toBe(5);
    expect(errorOf(await t.gql(LIST, { locale: 'en', after: 'WyJub3QiLCJhIl0' })).code).toBe('BAD_USER_INPUT');
  });

  it('shows a newly published article to a visitor whose listing was cached', async () => {
    const key = unique('cache');
    await t.gql(CATEGORY, { i: { key, locale: 'en', name: 'Cache test' } }, { as: admin });
    const article = await draft(staff, { categoryKey: key });
    // The draft's own event moves the language's key when it arrives: let it, before caching.
    await t.app.get(EventRelay).drain();
    await t.gql(LIST, { locale: 'en', categoryKey: key });
    expect((await t.gql(LIST, { locale: 'en', categoryKey: key })).headers['x-anonymous-cache']).toBe('hit');
    await t.gql(PUBLISH, { id: article.id }, { as: staff });
    expect((await t.gql(LIST, { locale: 'en', categoryKey: key })).data.articles.nodes.map((a: { id: string }) => a.id)).toEqual([
      article.id,
    ]);
  });

  it('scans articles like posts: a phishing link or a request for a recovery phrase is refused with the reasons', async () => {
    const phishing = await t.gql(
      CREATE,
      {
        i: {
          locale: 'en',
          categoryKey: 'deposits',
          slug: unique('verify'),
          title: 'Verify your wallet',
          body: 'Verify it now at https://okx-verify-wallet.com/login to release your funds.',
        },
      },
      { as: admin },
    );
    expect(errorOf(phishing).code).toBe('CONTENT_BLOCKED');
    expect(errorOf(phishing).signals.length).toBeGreaterThan(0);
    const sameSlug = await draft();
    const taken = await t.gql(
      CREATE,
      { i: { locale: 'en', categoryKey: 'deposits', slug: sameSlug.slug, title: 'Another one', body: BODY } },
      { as: staff },
    );
    expect(errorOf(taken)).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { slug: 'An article with this slug already exists in this language.' },
    });
    const noCategory = await t.gql(
      CREATE,
      { i: { locale: 'en', categoryKey: 'no-such-category', slug: unique('x'), title: 'Nowhere to go', body: BODY } },
      { as: staff },
    );
    expect(errorOf(noCategory).fields).toEqual({ categoryKey: 'There is no such category in this language.' });
    expect(errorOf(await t.gql(CATEGORY, { i: { key: 'deposits', locale: 'en', name: 'Again' } }, { as: admin })).code).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorOf(await t.gql(ONE, {})).code).toBe('BAD_USER_INPUT');
  });

  // Who calls, in the order of each row below.
  const ROLES = ['visitor', 'user', 'staff', 'staff of zh-CN', 'staff without 2FA', 'moderator', 'banned staff', 'admin'] as const;
  type Role = (typeof ROLES)[number];
  const ACCOUNTS: Record<Exclude<Role, 'visitor'>, UserOptions> = {
    user: {},
    staff: { roles: ['STAFF'], totp: true, staffLocales: ['en'] },
    'staff of zh-CN': { roles: ['STAFF'], totp: true, staffLocales: ['zh-CN'] },
    'staff without 2FA': { roles: ['STAFF'], totp: false, staffLocales: ['en'] },
    moderator: { roles: ['MODERATOR'], totp: true, moderatorLocales: ['en'] },
    'banned staff': {
      roles: ['STAFF'],
      totp: true,
      staffLocales: ['en'],
      bannedUntil: new Date(Date.now() + 86_400_000),
      banReason: 'test',
    },
    admin: { roles: ['ADMIN'], totp: true },
  };
  const ok = 'ok',
    UNAUTH = 'UNAUTHENTICATED',
    FORBID = 'FORBIDDEN',
    TFA = 'TWO_FACTOR_REQUIRED',
    BANNED = 'BANNED',
    NONE = 'null';
  // prettier-ignore
  const MATRIX: Record<string, string[]> = {
    //                          visitor user    staff   staff   staff   moder.  banned  admin
    //                                                  zh-CN   no 2FA          staff
    createArticleCategory:     [UNAUTH, FORBID, FORBID, FORBID, FORBID, FORBID, FORBID, ok],
    createArticle:             [UNAUTH, FORBID, ok,     FORBID, TFA,    FORBID, BANNED, ok],
    updateArticle:             [UNAUTH, FORBID, ok,     'NOT_FOUND', TFA, FORBID, BANNED, ok],
    publishArticle:            [UNAUTH, FORBID, ok,     'NOT_FOUND', TFA, FORBID, BANNED, ok],
    archiveArticle:            [UNAUTH, FORBID, ok,     'NOT_FOUND', TFA, FORBID, BANNED, ok],
    'article (draft)':         [NONE,   NONE,   ok,     NONE,   NONE,   NONE,   ok,     ok],
    'articles (DRAFT)':        [FORBID, FORBID, ok,     FORBID, FORBID, FORBID, ok,     ok],
  };
  const OPERATIONS: Record<string, (as: TestUser | null, article: { id: string }) => Promise<GqlResult>> = {
    createArticleCategory: (as) => t.gql(CATEGORY, { i: { key: unique('k'), locale: 'en', name: 'Trading' } }, { as }),
    createArticle: (as) =>
      t.gql(
        CREATE,
        { i: { locale: 'en', categoryKey: 'deposits', slug: unique('s'), title: 'How to find your TXID', body: BODY } },
        { as },
      ),
    updateArticle: (as, a) => t.gql(UPDATE, { i: { id: a.id, title: 'A better title here', expectedRevision: 1 } }, { as }),
    publishArticle: (as, a) => t.gql(PUBLISH, { id: a.id }, { as }),
    archiveArticle: (as, a) => t.gql(ARCHIVE, { id: a.id }, { as }),
    'article (draft)': (as, a) => t.gql(ONE, { id: a.id }, { as }),
    'articles (DRAFT)': (as) => t.gql(LIST, { locale: 'en', status: 'DRAFT' }, { as }),
  };
  const rows = Object.entries(MATRIX).flatMap(([operation, outcomes]) => ROLES.map((role, i) => [operation, role, outcomes[i]] as const));

  it('states an outcome for every role of every operation', () => {
    expect(Object.values(MATRIX).every((o) => o.length === ROLES.length)).toBe(true);
    expect(Object.keys(OPERATIONS).sort()).toEqual(Object.keys(MATRIX).sort());
  });

  it.concurrent.each(rows)('%s by the %s: %s', async (operation, role, expected) => {
    const article = await draft();
    const actor = role === 'visitor' ? null : await t.factory.user(ACCOUNTS[role]);
    const res = await OPERATIONS[operation](actor, article);
    if (expected === NONE) {
      expect(res.errors).toBeUndefined();
      expect(res.data.article).toBeNull();
    } else if (expected === ok) {
      expect(res.errors).toBeUndefined();
      expect(Object.values(res.data)[0]).not.toBeNull();
    } else {
      expect(errorOf(res).code).toBe(expected);
    }
    const [row] = await t.db.query(`SELECT status, revision FROM articles WHERE id = $1`, [article.id]);
    if (expected !== ok) expect(row).toEqual({ status: 'DRAFT', revision: 1 });
  });
});
