// The text cut into plain and highlighted parts: every occurrence of each piece of evidence
// (case-insensitive; the longest first where they overlap).
export interface TextPart {
  text: string;
  evidence: number | null;
}

export function highlightEvidence(text: string, evidence: readonly string[]): TextPart[] {
  const lower = text.toLowerCase();
  const marks: { start: number; end: number; index: number }[] = [];
  evidence.forEach((piece, index) => {
    const needle = piece.trim().toLowerCase();
    if (!needle) return;
    for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + needle.length)) {
      marks.push({ start: at, end: at + needle.length, index });
    }
  });
  marks.sort((a, b) => a.start - b.start || b.end - a.end);
  const parts: TextPart[] = [];
  let cursor = 0;
  for (const mark of marks) {
    if (mark.start < cursor) continue;
    if (mark.start > cursor) parts.push({ text: text.slice(cursor, mark.start), evidence: null });
    parts.push({ text: text.slice(mark.start, mark.end), evidence: mark.index });
    cursor = mark.end;
  }
  if (cursor < text.length) parts.push({ text: text.slice(cursor), evidence: null });
  return parts;
}
