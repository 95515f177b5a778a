// Server-rendered HTML for crawlers and first paint: the page's head (title, description,
// canonical, hreflang alternates, JSON-LD) and its content, put into the web client's
// index.html, whose script then renders the app in place of that content.

export interface PageHead {
  lang: string;
  title: string;
  description: string;
  canonical: string;
  alternates: { lang: string; href: string }[];
  jsonLd?: unknown;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

// Inside <script>, "</script>" or "<!--" in a post would end or confuse the element.
const jsonForScript = (value: unknown): string =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

// The text of sanitized post HTML, for descriptions and JSON-LD: tags dropped, entities kept
// as they are (they are already escaped for HTML, and JSON-LD readers decode them).
export function plainText(html: string, max = Number.POSITIVE_INFINITY): string {
  const text = html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

export const FALLBACK_TEMPLATE =
  '<!doctype html>\n<html lang="zh-CN">\n  <head>\n    <meta charset="UTF-8" />\n    <meta name="viewport" content="width=device-width, initial-scale=1" />\n    <title>Beacon</title>\n  </head>\n  <body>\n    <div id="root"></div>\n  </body>\n</html>\n';

export function renderPage(template: string, head: PageHead, body: string): string {
  const tags = [
    `<title>${escapeHtml(head.title)}</title>`,
    `<meta name="description" content="${escapeHtml(head.description)}" />`,
    `<link rel="canonical" href="${escapeHtml(head.canonical)}" />`,
    ...head.alternates.map((a) => `<link rel="alternate" hreflang="${escapeHtml(a.lang)}" href="${escapeHtml(a.href)}" />`),
    ...(head.jsonLd ? [`<script type="application/ld+json">${jsonForScript(head.jsonLd)}</script>`] : []),
  ].join('\n    ');
  return template
    .replace(/<html lang="[^"]*">/, `<html lang="${escapeHtml(head.lang)}">`)
    .replace(/<title>[^<]*<\/title>/, tags)
    .replace('<div id="root"></div>', `<div id="root">${body}</div>`);
}
