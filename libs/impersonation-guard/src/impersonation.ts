import levenshtein from 'damerau-levenshtein';
import { nameSkeleton, skeletonWords } from './name-skeleton.js';

// Words nobody but staff may wear in a name. The brand's names come from configuration.
export const RESERVED_TERMS = [
  'official',
  'support',
  'admin',
  'staff',
  'moderator',
  'service',
  'helpdesk',
  'customer care',
  'customer service',
  '客服',
  '官方',
  '管理员',
  '工作人员',
  '客服专员',
];

export interface StaffName {
  id: string;
  handle: string;
  displayName: string;
}

export type NameVerdict =
  { ok: true } | { ok: false; reason: 'RESERVED_TERM'; term: string } | { ok: false; reason: 'LOOKS_LIKE_STAFF'; staff: StaffName };

const distance = (a: string, b: string) => levenshtein(a, b).steps;
// Names of up to 6 characters may differ from a staff name by one edit, longer ones by two.
const allowedDistance = (a: string, b: string) => (Math.min(a.length, b.length) <= 6 ? 1 : 2);

export interface ImpersonationGuardOptions {
  brandNames: string[];
  staff: readonly StaffName[];
}

// Where a reserved word may sit, decided here and tested both ways:
// - the brand's names, the Chinese terms and multi-word terms are refused anywhere in the name's
//   skeleton ("okxsupport", 官方客服小王, "customercare123");
// - a single English word is refused as a word of its own (0KX_Support, Оfficial, Adrnin,
//   support-team) or one edit away from it ("suport"), not inside a longer ordinary word
//   (supportive_sam, administrator_fan, staffordshire pass).
export function checkName(name: string, options: ImpersonationGuardOptions): NameVerdict {
  const whole = nameSkeleton(name);
  const words = skeletonWords(name);
  for (const term of [...options.brandNames, ...RESERVED_TERMS]) {
    const termSkeleton = nameSkeleton(term);
    if (!termSkeleton) continue;
    const anywhere = options.brandNames.includes(term) || /[^\p{ASCII}]/u.test(term) || /\s/.test(term);
    if (
      anywhere
        ? whole.includes(termSkeleton)
        : words.some((w) => w === termSkeleton || (termSkeleton.length >= 5 && distance(w, termSkeleton) <= 1))
    ) {
      return { ok: false, reason: 'RESERVED_TERM', term };
    }
  }
  const staff = lookalikeOf(name, options.staff);
  return staff ? { ok: false, reason: 'LOOKS_LIKE_STAFF', staff } : { ok: true };
}

// The staff member whose handle or display name this name imitates (equal skeletons, or within
// the allowed edit distance), if any: the closest one.
export function lookalikeOf(name: string, staff: readonly StaffName[]): StaffName | null {
  const skeleton = nameSkeleton(name);
  if (!skeleton) return null;
  let best: { member: StaffName; steps: number } | null = null;
  for (const member of staff) {
    for (const theirs of [nameSkeleton(member.handle), nameSkeleton(member.displayName)]) {
      if (!theirs) continue;
      const steps = distance(skeleton, theirs);
      if (steps <= allowedDistance(skeleton, theirs) && (!best || steps < best.steps)) best = { member, steps };
    }
  }
  return best?.member ?? null;
}
