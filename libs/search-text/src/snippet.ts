const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isLatin = (term: string) => /^[\p{Script=Latin}\p{N}]+$/u.test(term);

// The passage of `text` around the first matched term, as HTML: the original text (never the
// segmented one: no spaces between Chinese words), escaped, with each matched term in <mark>.
// Latin terms match at word starts, so that a stemmed query word (pend) marks pending.
export function snippet(text: string, terms: readonly string[], maxLength = 160): string {
  const plain = text.replace(/\s+/g, ' ').trim();
  const unique = [...new Set(terms.filter(Boolean))].sort((a, b) => b.length - a.length);
  if (unique.length === 0) return escapeHtml(plain.slice(0, maxLength));
  const pattern = new RegExp(
    unique.map((t) => (isLatin(t) ? `(?<![\\p{L}\\p{N}])${escapeRegExp(t)}[\\p{L}\\p{N}]*` : escapeRegExp(t))).join('|'),
    'giu',
  );
  const first = pattern.exec(plain);
  const start = first ? Math.max(0, Math.min(first.index - Math.floor(maxLength / 3), plain.length - maxLength)) : 0;
  const passage = plain.slice(start, start + maxLength);
  let html = start > 0 ? '…' : '';
  pattern.lastIndex = 0;
  let last = 0;
  for (const match of passage.matchAll(pattern)) {
    html += escapeHtml(passage.slice(last, match.index)) + `<mark>${escapeHtml(match[0])}</mark>`;
    last = match.index + match[0].length;
  }
  html += escapeHtml(passage.slice(last));
  return start + maxLength < plain.length ? `${html}…` : html;
}
