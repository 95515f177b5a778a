import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestBoard, TestUser } from '../support/factory.js';
import { createTestApp, errorOf, type TestApp } from '../support/test-app.js';

const REPORT = `mutation ($input: ReportPostInput!) { reportPost(input: $input) { id } }`;
const MODERATE = `mutation ($input: ModeratePostInput!) { moderatePost(input: $input) { id state } }`;
const PURGE = `mutation ($userId: ID!, $reason: String!) { purgeUserContent(userId: $userId, reason: $reason) { postsRemoved } }`;
const PAGE = `query ($id: ID!) { thread(id: $id) { replyCount replies { nodes { id state body } } } }`;

// Reports, auto-hide and a moderator's removal all take the thread's row lock first; raced,
// they leave one of the serial outcomes.
describe('moderation under concurrent reports', () => {
  let t: TestApp;
  let board: TestBoard;
  let moderator: TestUser;
  beforeAll(async () => {
    t = await createTestApp({ ANONYMOUS_CACHE_SECONDS: '60' });
    board = await t.factory.board({ locale: 'en' });
    moderator = await t.factory.user({ roles: ['MODERATOR'], totp: true, moderatorLocales: ['en'] });
  });
  afterAll(() => t.close());

  it('20 concurrent reports and a concurrent removal leave exact counts, one resolution and one removal in the log', async () => {
    const thread = await t.factory.thread({ board, author: await t.factory.user() });
    const scam = await t.factory.reply({ thread, author: await t.factory.user(), body: 'Recover your funds: message me.' });
    await t.factory.reply({ thread, author: await t.factory.user() });
    const reporters = await Promise.all(Array.from({ length: 20 }, () => t.factory.user()));
    const results = await Promise.all([
      ...reporters.map((reporter) => t.gql(REPORT, { input: { postId: scam.id, reason: 'SCAM' } }, { as: reporter })),
      t.gql(MODERATE, { input: { postId: scam.id, action: 'REMOVE', reason: 'recovery scam' } }, { as: moderator }),
    ]);
    const removal = results.at(-1)!;
    expect(removal.data.moderatePost.state).toBe('REMOVED');
    const reportOutcomes = results.slice(0, -1).map((res) => (res.errors ? errorOf(res).code : 'ok'));
    // Reports that came after the removal find a tombstone.
    expect(reportOutcomes.every((o) => o === 'ok' || o === 'CONFLICT')).toBe(true);
    const filed = reportOutcomes.filter((o) => o === 'ok').length;

    const reports = await t.db.query(`SELECT resolution, resolved_by_id FROM reports WHERE post_id = $1`, [scam.id]);
    expect(reports).toHaveLength(filed);
    // Every report filed before the removal was resolved by it; none after it exists.
    expect(
      reports.every((r: { resolution: string; resolved_by_id: string }) => r.resolution === 'UPHELD' && r.resolved_by_id === moderator.id),
    ).toBe(true);
    const [item] = await t.db.query(`SELECT report_count, resolved_by_id FROM review_items WHERE post_id = $1`, [scam.id]);
    if (filed > 0) expect(item).toEqual({ report_count: filed, resolved_by_id: moderator.id });
    const log = await t.db.query(`SELECT action FROM moderation_log WHERE target_id = $1`, [scam.id]);
    expect(log.filter((l: { action: string }) => l.action === 'REMOVE_POST')).toHaveLength(1);
    expect(log.filter((l: { action: string }) => l.action === 'AUTO_HIDE_POST').length).toBeLessThanOrEqual(1);
    const [counts] = await t.db.query(
      `SELECT t.reply_count, (SELECT count(*)::int FROM posts p WHERE p.thread_id = t.id AND p.post_number > 1 AND p.state = 'VISIBLE') AS visible FROM threads t WHERE t.id = $1`,
      [thread.id],
    );
    expect(counts).toEqual({ reply_count: 1, visible: 1 });
    const upheld = await t.db.query(`SELECT count(*)::int AS n FROM users WHERE id = ANY($1::uuid[]) AND reports_upheld = 1`, [
      reporters.map((r) => r.id),
    ]);
    expect(upheld[0].n).toBe(filed);
  });

  it('never serves a removed post from a visitor’s cached page once the removal has committed, nor a purged author’s', async () => {
    const thread = await t.factory.thread({ board, author: await t.factory.user() });
    const scammer = await t.factory.user();
    const scam = await t.factory.reply({ thread, author: scammer, body: 'Phishing text here.' });
    await t.gql(PAGE, { id: thread.id });
    expect((await t.gql(PAGE, { id: thread.id })).headers['x-anonymous-cache']).toBe('hit');
    await t.gql(MODERATE, { input: { postId: scam.id, action: 'REMOVE', reason: 'phishing' } }, { as: moderator });
    const after = await t.gql(PAGE, { id: thread.id });
    expect(after.data.thread.replies.nodes).toEqual([{ id: scam.id, state: 'REMOVED', body: null }]);

    const other = await t.factory.thread({ board, author: await t.factory.user() });
    const second = await t.factory.reply({ thread: other, author: scammer, body: 'More phishing.' });
    await t.gql(PAGE, { id: other.id });
    expect((await t.gql(PAGE, { id: other.id })).headers['x-anonymous-cache']).toBe('hit');
    await t.gql(PURGE, { userId: scammer.id, reason: 'scam account' }, { as: moderator });
    expect((await t.gql(PAGE, { id: other.id })).data.thread.replies.nodes).toEqual([{ id: second.id, state: 'REMOVED', body: null }]);
  });
});
