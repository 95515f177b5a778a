import { renderMarkdown } from '#libs/markdown';
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { PasswordHasher } from '../../auth/password-hasher.js';
import { TotpService } from '../../auth/totp.service.js';
import { PostsRepository } from '../../modules/posts/posts.repository.js';
import { THREADS_OUT_OF_STEP_SQL } from '../../modules/threads/thread-invariants.js';
import { ThreadsService } from '../../modules/threads/threads.service.js';
import { ArticlesRepository } from '../../modules/help-center/articles.repository.js';
import { SearchIndexer } from '../../modules/search/search.indexer.js';
import { DEMO_ARTICLE_CATEGORIES, DEMO_ARTICLES } from './demo-articles.js';
import { DEMO_ACCOUNTS, DEMO_USER_PASSWORD, type DemoAccount } from './demo-accounts.js';
import { DEMO_THREADS, DEMO_USERS_EXTRA, type DemoThread } from './demo-content.js';

// The app's own writers: the seed writes threads and posts as the posting path does.
export interface SeedTools {
  hashPassword(password: string): Promise<string>;
  encryptTotpSecret(secret: string): string;
  threads: Pick<ThreadsService, 'insertWithQuestion'>;
  posts: Pick<PostsRepository, 'insert'>;
  articles: Pick<ArticlesRepository, 'insertCategory' | 'insert'>;
}

const BOARDS = [
  {
    topic: 'announcements',
    kind: 'ANNOUNCEMENTS',
    en: ['Announcements', 'News and maintenance notices from the team'],
    zh: ['官方公告', '平台公告与维护通知'],
  },
  {
    topic: 'deposits-withdrawals',
    kind: 'QUESTIONS',
    en: ['Deposits & Withdrawals', 'Pending withdrawals, missing deposits, networks and fees'],
    zh: ['充值与提币', '提币审核、充值未到账、网络与手续费'],
  },
  {
    topic: 'account-security',
    kind: 'QUESTIONS',
    en: ['Account Security', '2FA, login problems, frozen accounts, anti-phishing'],
    zh: ['账户安全', '双重验证、登录问题、账户冻结、防钓鱼'],
  },
  {
    topic: 'kyc-verification',
    kind: 'QUESTIONS',
    en: ['KYC Verification', 'Identity verification and document reviews'],
    zh: ['身份认证', '实名认证与证件审核'],
  },
  { topic: 'trading', kind: 'QUESTIONS', en: ['Trading', 'Spot, futures, P2P and fees'], zh: ['交易', '现货、合约、C2C 与手续费'] },
  {
    topic: 'api',
    kind: 'QUESTIONS',
    en: ['API', 'REST and WebSocket API, signatures and rate limits'],
    zh: ['API', 'REST 与 WebSocket 接口、签名与限频'],
  },
] as const;

// The demo forum, created once on an empty database: boards in both languages, the accounts
// listed in the README, and realistic threads. Timestamps are spread over the past weeks.
export async function seedDemoInto(app: INestApplicationContext): Promise<boolean> {
  const hasher = app.get(PasswordHasher);
  const totp = app.get(TotpService);
  const seeded = await seedDemo(app.get(DataSource), {
    hashPassword: (p) => hasher.hash(p),
    encryptTotpSecret: (s) => totp.encrypt(s),
    threads: app.get(ThreadsService),
    posts: app.get(PostsRepository),
    articles: app.get(ArticlesRepository),
  });
  // Written in bulk, the demo data is indexed in one pass: searchable at once.
  if (seeded) await app.get(SearchIndexer).reindexAll();
  return seeded;
}

export async function seedDemo(db: DataSource, tools: SeedTools): Promise<boolean> {
  return db.transaction(async (tx) => {
    // Instances starting together: the first seeds, the others wait and then find users.
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('beacon:demo-seed'))`);
    const [{ n }] = await tx.query(`SELECT count(*)::int AS n FROM users`);
    if (n > 0) return false;
    const users = await insertAccounts(tx, tools);
    const boards = await insertBoards(tx);
    for (const thread of DEMO_THREADS) await insertThread(tx, tools, thread, users, boards);
    await insertHelpCenter(tx, tools, users);
    const outOfStep = await tx.query(THREADS_OUT_OF_STEP_SQL);
    if (outOfStep.length > 0)
      throw new Error(`demo threads disagree with the posting path: ${outOfStep.map((r: { id: string }) => r.id).join(', ')}`);
    return true;
  });
}

async function insertAccounts(tx: EntityManager, tools: SeedTools): Promise<Map<string, string>> {
  const extra: DemoAccount[] = DEMO_USERS_EXTRA.map((u) => ({
    ...u,
    email: `${u.handle}@beacon.example`,
    password: DEMO_USER_PASSWORD,
    roles: ['USER'],
  }));
  const ids = new Map<string, string>();
  for (const account of [...DEMO_ACCOUNTS, ...extra]) {
    const [row] = await tx.query(
      `INSERT INTO users (handle, display_name, email, password_hash, locale, roles, moderator_locales, totp_secret, totp_enabled, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now() - interval '90 days') RETURNING id`,
      [
        account.handle,
        account.displayName,
        account.email,
        await tools.hashPassword(account.password),
        account.locale,
        account.roles,
        account.moderatorLocales ?? [],
        account.totpSecret ? tools.encryptTotpSecret(account.totpSecret) : null,
        !!account.totpSecret,
      ],
    );
    ids.set(account.handle, row.id);
    if (account.badge) {
      await tx.query(
        `INSERT INTO staff_badges (user_id, title, team, locales, granted_at) VALUES ($1, $2, $3, $4, now() - interval '80 days')`,
        [row.id, account.badge.title, account.badge.team, account.badge.locales],
      );
    }
  }
  return ids;
}

const ACCOUNTS_BY_HANDLE = new Map<string, DemoAccount>(DEMO_ACCOUNTS.map((a) => [a.handle, a]));
function isStaffAccountOf(handle: string, locale: string): boolean {
  const account = ACCOUNTS_BY_HANDLE.get(handle);
  return !!account?.roles.includes('STAFF') && !!account.totpSecret && !!account.badge?.locales.includes(locale);
}

async function insertBoards(tx: EntityManager): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const [position, board] of BOARDS.entries()) {
    for (const [locale, [name, description]] of [
      ['en', board.en],
      ['zh-CN', board.zh],
    ] as const) {
      const [row] = await tx.query(
        `INSERT INTO boards (slug, locale, topic_key, kind, name, description, position) VALUES ($1, $2, $1, $3, $4, $5, $6) RETURNING id`,
        [board.topic, locale, board.kind, name, description, position],
      );
      ids.set(`${locale}/${board.topic}`, row.id);
    }
  }
  return ids;
}

async function insertThread(
  tx: EntityManager,
  tools: SeedTools,
  thread: DemoThread,
  users: Map<string, string>,
  boards: Map<string, string>,
) {
  const createdAt = new Date(Date.now() - thread.daysAgo * 86_400_000 - 3_600_000);
  const at = (minutes: number) => new Date(createdAt.getTime() + minutes * 60_000);
  const unscanned = { idempotencyKey: null, scamScore: null, scamVerdict: null };
  const { threadId } = await tools.threads.insertWithQuestion(tx, {
    thread: {
      boardId: boards.get(`${thread.locale}/${thread.topic}`)!,
      authorId: users.get(thread.author)!,
      title: thread.title,
      tags: [...thread.tags],
      private: false,
      pinned: !!thread.pinned,
      locked: !!thread.locked,
      state: 'VISIBLE',
      createdAt,
    },
    question: { body: thread.body, bodyHtml: renderMarkdown(thread.body), ...unscanned },
  });
  // Replies in bulk inside the seed's transaction; the counters they move are set once below.
  let officialAnswerId: string | null = null;
  for (const [index, reply] of thread.replies.entries()) {
    const id = await tools.posts.insert(
      {
        threadId,
        authorId: users.get(reply.author)!,
        postNumber: index + 2,
        body: reply.body,
        bodyHtml: renderMarkdown(reply.body),
        state: 'VISIBLE',
        createdAt: at(reply.minutesAfterQuestion),
        ...unscanned,
      },
      tx,
    );
    if (reply.officialAnswer) officialAnswerId = id;
  }
  // The first-response clock starts at the first reply by staff of the thread's language (the
  // STAFF role with a badge for it), as the posting path decides it, not by a name.
  const staffReply = thread.replies.find((r) => r.author !== thread.author && isStaffAccountOf(r.author, thread.locale));
  const last = thread.replies.at(-1);
  await tx.query(
    `UPDATE threads SET reply_count = $2, last_post_number = $2 + 1, official_answer_post_id = $3, first_staff_response_at = $4, last_activity_at = $5 WHERE id = $1`,
    [
      threadId,
      thread.replies.length,
      officialAnswerId,
      staffReply ? at(staffReply.minutesAfterQuestion) : null,
      last ? at(last.minutesAfterQuestion) : createdAt,
    ],
  );
}

// The help center's categories and published articles, written by the staff of each language.
async function insertHelpCenter(tx: EntityManager, tools: SeedTools, users: Map<string, string>): Promise<void> {
  const categories = new Map<string, string>();
  for (const category of DEMO_ARTICLE_CATEGORIES) {
    for (const locale of ['en', 'zh-CN'] as const) {
      const row = await tools.articles.insertCategory(
        { key: category.key, locale, name: category.names[locale], position: category.position },
        tx,
      );
      categories.set(`${locale}/${category.key}`, row.id);
    }
  }
  for (const article of DEMO_ARTICLES) {
    await tools.articles.insert(
      {
        slug: article.slug,
        locale: article.locale,
        topicKey: article.topicKey,
        categoryId: categories.get(`${article.locale}/${article.category}`)!,
        title: article.title,
        body: article.body,
        bodyHtml: renderMarkdown(article.body),
        authorId: users.get(article.locale === 'en' ? 'staff_en' : 'staff_zh')!,
        status: 'PUBLISHED',
        at: new Date(Date.now() - article.daysAgo * 86_400_000),
      },
      tx,
    );
  }
}
