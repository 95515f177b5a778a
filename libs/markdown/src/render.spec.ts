import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './render.js';

describe('renderMarkdown', () => {
  it('renders Markdown to HTML', () => {
    expect(renderMarkdown('**bold** and `code`')).toBe('<p><strong>bold</strong> and <code>code</code></p>\n');
  });

  it('escapes raw HTML instead of rendering it', () => {
    const html = renderMarkdown('<script>alert(1)</script><img src=x onerror=alert(1)>');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;');
  });

  it.each([
    '[x](javascript:alert(1))',
    '[x](JaVaScRiPt:alert(1))',
    '<javascript:alert(1)>',
    '[x](data:text/html;base64,PHNjcmlwdD4=)',
    '![x](javascript:alert(1))',
    '[x](vbscript:msgbox(1))',
  ])('never turns %s into a link or image', (markdown) => {
    expect(renderMarkdown(markdown)).not.toMatch(/<a |<img |href=|src=/);
  });

  it('only embeds images over https', () => {
    expect(renderMarkdown('![a](https://static.example/a.png)')).toContain('<img src="https://static.example/a.png" alt="a" />');
    expect(renderMarkdown('![a](http://static.example/a.png)')).not.toContain('src=');
  });

  it('marks every link nofollow ugc noopener, also autolinked ones', () => {
    expect(renderMarkdown('[site](https://example.com)')).toContain('<a href="https://example.com" rel="nofollow ugc noopener">');
    expect(renderMarkdown('see https://example.org/x')).toContain('rel="nofollow ugc noopener"');
  });

  it('keeps code blocks with their language class and escapes their content', () => {
    const html = renderMarkdown('```js\nconst a = "<b>";\n```');
    expect(html).toContain('<pre><code class="language-js">');
    expect(html).toContain('&lt;b&gt;');
  });

  it('keeps Chinese text intact', () => {
    expect(renderMarkdown('提币一直在**审核中**')).toBe('<p>提币一直在<strong>审核中</strong></p>\n');
  });
});
