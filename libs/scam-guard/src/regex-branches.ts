// Splitting a rule's regex source by the script its branches start with, so that a post with no
// Chinese characters skips the Chinese branches, and a Chinese post is not scanned once per
// position by English branches folded into the same alternation.

const HAN_CHAR = /^\p{Script=Han}$/u;

// Calls `visit` with every character of the source outside escapes and character classes, from
// `from` on, with the depth of groups before it; stops when `visit` returns true.
function walk(source: string, from: number, visit: (ch: string, i: number, depth: number) => boolean | void): void {
  let depth = 0;
  let inClass = false;
  for (let i = from; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else {
      if (ch === ')') depth--;
      if (visit(ch, i, depth)) return;
      if (ch === '(') depth++;
    }
  }
}

// The top-level branches of a regex source: `a|(?:b|c)|d` → `a`, `(?:b|c)`, `d`.
export function topLevelBranches(source: string): string[] {
  const branches: string[] = [];
  let start = 0;
  walk(source, 0, (ch, i, depth) => {
    if (ch === '|' && depth === 0) {
      branches.push(source.slice(start, i));
      start = i + 1;
    }
  });
  branches.push(source.slice(start));
  return branches;
}

// End (exclusive) of the group that opens at `open`, or -1.
function groupEnd(source: string, open: number): number {
  let end = -1;
  walk(source, open, (ch, i, depth) => {
    if (ch !== ')' || depth !== 0) return false;
    end = i + 1;
    return true;
  });
  return end;
}

// A quantifier that lets the atom before it be absent.
function optionalAfter(source: string, at: number): boolean {
  return /^(?:\?|\*|\{0[,}])/.test(source.slice(at, at + 3));
}

// True when every match of the branch begins with a Chinese character: its first atom is a Han
// character, a class of Han characters, or a group whose every branch begins with one.
// Zero-width prefixes (`\b`, `^`, lookbehinds) are skipped; an optional first atom answers false.
export function startsWithHan(branch: string): boolean {
  let i = 0;
  for (;;) {
    if (branch.startsWith('\\b', i) || branch.startsWith('^', i)) i += branch[i] === '^' ? 1 : 2;
    else if (branch.startsWith('(?<!', i) || branch.startsWith('(?<=', i)) {
      const end = groupEnd(branch, i);
      if (end < 0) return false;
      i = end;
    } else break;
  }
  const ch = branch[i];
  if (ch === undefined) return false;
  if (ch === '(') {
    const end = groupEnd(branch, i);
    if (end < 0 || optionalAfter(branch, end)) return false;
    const inner = branch.slice(i + (branch.startsWith('(?:', i) ? 3 : 1), end - 1);
    if (branch.startsWith('(?', i) && !branch.startsWith('(?:', i)) return false;
    return topLevelBranches(inner).every(startsWithHan);
  }
  if (ch === '[') {
    const end = branch.indexOf(']', i + 1);
    if (end < 0 || branch[i + 1] === '^' || optionalAfter(branch, end + 1)) return false;
    const members = [...branch.slice(i + 1, end)];
    return members.length > 0 && members.every((m) => HAN_CHAR.test(m));
  }
  const code = branch.codePointAt(i) ?? 0;
  const width = code > 0xffff ? 2 : 1;
  return HAN_CHAR.test(String.fromCodePoint(code)) && !optionalAfter(branch, i + width);
}

export interface SplitSource {
  // Branches that begin with a Chinese character, joined; null when there are none.
  han: string | null;
  other: string | null;
}

export function splitByScript(source: string): SplitSource {
  const han: string[] = [];
  const other: string[] = [];
  for (const branch of topLevelBranches(source)) (startsWithHan(branch) ? han : other).push(branch);
  return { han: han.length > 0 ? han.join('|') : null, other: other.length > 0 ? other.join('|') : null };
}

// A capturing group anywhere in the source: `(` that is neither escaped, in a class, nor `(?`.
export function hasCapture(source: string): boolean {
  let found = false;
  walk(source, 0, (ch, i) => (found = ch === '(' && source[i + 1] !== '?'));
  return found;
}
