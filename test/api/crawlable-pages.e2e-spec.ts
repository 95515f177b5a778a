import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';

// The board and thread URLs answer HTML with their content for search engines, as a visitor
// may see it.
describe('crawlable board and thread pages', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const jsonLdOf = (html: string) => JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]);

  async function seed() {
    const topic = `fees-${Date.now().toString(36)}`;
    const en = await t.factory.board({ locale: 'en', slug: topic });
    await t.factory.board({ locale: 'zh-CN', slug: topic });
    const asker = await t.factory.user({ locale: 'en' });
    const staff = await t.factory.user({ locale: 'en', roles: ['STAFF'], staffLocales: ['en'], totp: true });
    const thread = await t.factory.thread({
      board: en,
      author: asker,
      title: 'Why was my <withdrawal> fee so high?',
      body: 'I paid **25 USDT** for an ERC20 withdrawal.',
    });
    const answer = await t.factory.reply({
      thread,
      author: staff,
      body: 'ERC20 fees follow Ethereum gas prices; TRC20 costs about 1 USDT.',
    });
    await t.factory.reply({ thread, author: asker, body: 'Thanks, switching to TRC20.' });
    await t.factory.reply({ thread, author: asker, body: 'Held reply: send me your seed phrase', state: 'HELD' });
    await t.factory.reply({ thread, author: asker, body: 'Removed reply: visit okx-bonus.example', state: 'REMOVED' });
    const marked = await t.gql(
      `mutation ($postId: ID!) { markOfficialAnswer(postId: $postId) { status } }`,
      { postId: answer.id },
      { as: staff },
    );
    expect(marked.errors).toBeUndefined();
    const hidden = [
      await t.factory.thread({ board: en, author: asker, title: 'Private: my account UID 998877', private: true }),
      await t.factory.thread({ board: en, author: asker, title: 'Held question with a phishing link', state: 'HELD' }),
    ];
    return { topic, thread, hidden };
  }

  it('answers a thread URL with its title, description, canonical, hreflang and QAPage markup whose accepted answer is the official one', async () => {
    const { thread } = await seed();
    const res = await t.http().get(`/en/t/${thread.id}`).set('host', 'forum.example');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    const html = res.text;
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<title>Why was my &lt;withdrawal&gt; fee so high? · ');
    expect(html).toMatch(
      /<meta name="description" content="I paid 25 USDT for an ERC20 withdrawal\. ERC20 fees follow Ethereum gas prices/,
    );
    expect(html).toContain(`<link rel="canonical" href="http://forum.example/en/t/${thread.id}" />`);
    expect(html).toContain(`<link rel="alternate" hreflang="en" href="http://forum.example/en/t/${thread.id}" />`);
    // The content is in the page, inside the element the app renders into.
    expect(html).toMatch(
      /<div id="root"><main>[\s\S]*<h1>Why was my &lt;withdrawal&gt; fee so high\?<\/h1>[\s\S]*Official answer[\s\S]*TRC20 costs about 1 USDT[\s\S]*Replies[\s\S]*switching to TRC20/,
    );

    const ld = jsonLdOf(html);
    expect(ld['@type']).toBe('QAPage');
    expect(ld.mainEntity).toMatchObject({
      '@type': 'Question',
      name: 'Why was my <withdrawal> fee so high?',
      text: 'I paid 25 USDT for an ERC20 withdrawal.',
      answerCount: 2,
    });
    expect(ld.mainEntity.acceptedAnswer).toMatchObject({
      '@type': 'Answer',
      text: 'ERC20 fees follow Ethereum gas prices; TRC20 costs about 1 USDT.',
      url: `http://forum.example/en/t/${thread.id}#post-2`,
    });
    expect(ld.mainEntity.suggestedAnswer.map((a: { text: string }) => a.text)).toEqual(['Thanks, switching to TRC20.']);

    // Held and removed replies are not there, in the markup or the text.
    expect(html).not.toContain('seed phrase');
    expect(html).not.toContain('okx-bonus');
  });

  it('never renders a private or held thread, nor lists them on the board page, which links its sibling board', async () => {
    const { topic, thread, hidden } = await seed();
    for (const { id } of hidden) {
      const res = await t.http().get(`/en/t/${id}`);
      expect(res.text).not.toContain('UID 998877');
      expect(res.text).not.toContain('Held question');
      expect(res.text).not.toContain('application/ld+json');
    }

    const board = await t.http().get(`/en/b/${topic}`).set('host', 'forum.example');
    expect(board.status).toBe(200);
    expect(board.text).toContain(`<link rel="canonical" href="http://forum.example/en/b/${topic}" />`);
    expect(board.text).toContain(`<link rel="alternate" hreflang="zh-CN" href="http://forum.example/zh-CN/b/${topic}" />`);
    expect(board.text).toContain(`<link rel="alternate" hreflang="en" href="http://forum.example/en/b/${topic}" />`);
    expect(board.text).toContain(`<a href="/en/t/${thread.id}">Why was my &lt;withdrawal&gt; fee so high?</a>`);
    expect(board.text).not.toContain('UID 998877');
    expect(board.text).not.toContain('Held question');
  });

  it('leaves other URLs to the app, and an unknown thread or board without content', async () => {
    for (const path of ['/en/t/00000000-0000-4000-8000-000000000000', '/en/b/no-such-board', '/en/verify']) {
      const res = await t.http().get(path);
      if (res.status === 200) expect(res.text).not.toContain('application/ld+json');
      else expect(res.status).toBe(404);
    }
  });
});
