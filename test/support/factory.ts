import { randomBytes, randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { generate } from 'otplib';
import { DataSource } from 'typeorm';
import { renderMarkdown } from '#libs/markdown';
import { PasswordHasher } from '../../apps/api/src/auth/password-hasher.js';
import { SessionsRepository } from '../../apps/api/src/auth/sessions.repository.js';
import { TotpService } from '../../apps/api/src/auth/totp.service.js';
import { EventRelay } from '../../apps/api/src/events/event-relay.js';
import { Outbox } from '../../apps/api/src/events/outbox.js';
import type { ContentState } from '../../apps/api/src/modules/posts/post.entity.js';
import { PostsRepository } from '../../apps/api/src/modules/posts/posts.repository.js';
import { ThreadsService } from '../../apps/api/src/modules/threads/threads.service.js';
import type { Role } from '../../apps/api/src/modules/users/user.entity.js';

export const TEST_PASSWORD = 'correct horse battery';

export interface TestUser {
  id: string;
  handle: string;
  email: string;
  locale: string;
  password: string;
  token: string;
  refreshToken: string;
  totpSecret?: string;
  totp(): Promise<string>;
}

export interface TestBoard {
  id: string;
  slug: string;
  locale: string;
  kind: string;
}

export interface TestThread {
  id: string;
  questionId: string;
  boardId: string;
}

let passwordHash: Promise<string> | undefined;
let sequence = 0;
const unique = (prefix: string) =>
  `${prefix}${Date.now().toString(36).slice(-4)}${(sequence++).toString(36)}${randomBytes(2).toString('hex')}`;

// Saves real rows with sensible defaults; every user comes with a signed-in session.
export class Factory {
  private readonly db: DataSource;

  constructor(private readonly app: INestApplication) {
    this.db = app.get(DataSource);
  }

  async user(
    options: {
      handle?: string;
      email?: string;
      locale?: string;
      roles?: Role[];
      moderatorLocales?: string[];
      staffLocales?: string[];
      totp?: boolean;
      bannedUntil?: Date;
      banReason?: string;
      // Accounts are a month old unless asked otherwise: the scam guard holds new accounts' links.
      createdAt?: Date;
    } = {},
  ): Promise<TestUser> {
    passwordHash ??= this.app.get(PasswordHasher).hash(TEST_PASSWORD);
    const totpService = this.app.get(TotpService);
    const totpSecret = options.totp ? totpService.newSecret() : undefined;
    const handle = options.handle ?? unique('u_');
    const [row] = await this.db.query(
      `INSERT INTO users (handle, display_name, email, password_hash, locale, roles, moderator_locales, totp_secret, totp_enabled, banned_until, ban_reason, created_at)
       VALUES ($1, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [
        handle,
        options.email ?? `${handle}@example.test`,
        await passwordHash,
        options.locale ?? 'en',
        ['USER', ...(options.roles ?? []).filter((r) => r !== 'USER')],
        options.moderatorLocales ?? [],
        totpSecret ? totpService.encrypt(totpSecret) : null,
        !!totpSecret,
        options.bannedUntil ?? null,
        options.banReason ?? null,
        options.createdAt ?? new Date(Date.now() - 30 * 86_400_000),
      ],
    );
    if (options.staffLocales) {
      await this.db.query(`INSERT INTO staff_badges (user_id, title, team, locales) VALUES ($1, 'Support', 'Customer Support', $2)`, [
        row.id,
        options.staffLocales,
      ]);
    }
    const { token, refreshToken } = await this.session(row.id);
    return {
      id: row.id,
      handle,
      email: options.email ?? `${handle}@example.test`,
      locale: options.locale ?? 'en',
      password: TEST_PASSWORD,
      token,
      refreshToken,
      totpSecret,
      totp: () => generate({ secret: totpSecret! }),
    };
  }

  async session(userId: string): Promise<{ token: string; refreshToken: string }> {
    const { session, refreshToken } = await this.app.get(SessionsRepository).open({ userId, ttlDays: 30 });
    const token = await this.app.get(JwtService).signAsync({ sub: userId, sid: session.id }, { expiresIn: 900 });
    return { token, refreshToken };
  }

  async board(options: { locale?: string; kind?: 'QUESTIONS' | 'ANNOUNCEMENTS'; slug?: string } = {}): Promise<TestBoard> {
    const slug = options.slug ?? unique('b-');
    const [row] = await this.db.query(`INSERT INTO boards (slug, locale, topic_key, kind, name) VALUES ($1, $2, $1, $3, $1) RETURNING id`, [
      slug,
      options.locale ?? 'en',
      options.kind ?? 'QUESTIONS',
    ]);
    return { id: row.id, slug, locale: options.locale ?? 'en', kind: options.kind ?? 'QUESTIONS' };
  }

  // A thread through the posting path's own writes (rows, question, revision and event), past its
  // checks and the scam guard: any state, flags and time.
  async thread(options: {
    board: TestBoard;
    author: { id: string };
    title?: string;
    body?: string;
    tags?: string[];
    private?: boolean;
    locked?: boolean;
    pinned?: boolean;
    state?: string;
    createdAt?: Date;
  }): Promise<TestThread> {
    const body = options.body ?? 'How do I do this?';
    const { threadId, questionId } = await this.db.transaction((tx) =>
      this.app.get(ThreadsService).insertWithQuestion(tx, {
        thread: {
          boardId: options.board.id,
          authorId: options.author.id,
          title: options.title ?? unique('Thread '),
          tags: options.tags ?? [],
          private: !!options.private,
          locked: !!options.locked,
          pinned: !!options.pinned,
          state: (options.state ?? 'VISIBLE') as ContentState,
          createdAt: options.createdAt,
        },
        question: { body, bodyHtml: renderMarkdown(body), idempotencyKey: null, scamScore: null, scamVerdict: null },
      }),
    );
    await this.settled();
    return { id: threadId, questionId, boardId: options.board.id };
  }

  // A reply through the posting path's own statement (numbers, counters, revision and event as
  // the API writes them), past its checks and the scam guard: any state, in any thread.
  async reply(options: { thread: TestThread; author: { id: string }; body?: string; state?: string }): Promise<{ id: string }> {
    const body = options.body ?? 'A reply.';
    const state = (options.state ?? 'VISIBLE') as ContentState;
    const [thread] = await this.db.query(`SELECT board_id, state, locked, private FROM threads WHERE id = $1`, [options.thread.id]);
    const id = randomUUID();
    const post = await this.app.get(PostsRepository).appendReply({
      id,
      threadId: options.thread.id,
      authorId: options.author.id,
      body,
      bodyHtml: renderMarkdown(body),
      state,
      idempotencyKey: null,
      scamScore: null,
      scamVerdict: null,
      staffResponse: false,
      seen: { state: thread.state, locked: thread.locked, private: thread.private },
      events: this.app
        .get(Outbox)
        .inStatement([
          { type: 'PostCreated', postId: id, threadId: options.thread.id, boardId: thread.board_id, authorId: options.author.id, state },
        ]),
    });
    if (!post) throw new Error('the thread changed while the factory wrote a reply');
    await this.settled();
    return { id: post.id };
  }

  // Test data is in place once its events have reached this instance's consumers: a late event
  // would otherwise move a content key (and drop a cached page) in the middle of a test.
  private settled(): Promise<void> {
    return this.app.get(EventRelay).drain();
  }
}
