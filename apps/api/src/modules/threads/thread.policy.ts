import type { Actor } from '../../auth/actor.js';
import { isAdmin, isStaffOf, moderates, writeRefusal } from '../../auth/actor.policy.js';
import { threadAccess, type ThreadFacts } from '../../access/content-visibility.js';

// What an actor may do with a thread. Pure; the services refuse with these, and clients read the
// same answers as `Thread.viewerCan`, so no client re-implements a rule.
export interface ThreadPolicyFacts extends ThreadFacts {
  locked: boolean;
  boardKind: string;
}

// A removed thread takes no more replies or edits, like a locked one.
export const isClosedForWrites = (thread: { locked: boolean; state: string }): boolean => thread.locked || thread.state === 'REMOVED';

// May write at all, as the guard decides for every write (signed in, not banned, 2FA on for an
// elevated account); each role's powers additionally need 2FA, which `holds` checks.
export const mayWrite = (actor: Actor | null, now = new Date()): actor is Actor => !!actor && writeRefusal(actor, now) === null;

// Announcements are written by the staff of their language and admins, replies included.
export const canPostInBoard = (actor: Actor, board: { kind: string; locale: string }): boolean =>
  board.kind !== 'ANNOUNCEMENTS' || isStaffOf(actor, board.locale) || isAdmin(actor);

export function canReplyToThread(actor: Actor | null, thread: ThreadPolicyFacts): boolean {
  if (!mayWrite(actor) || threadAccess(actor, thread) !== 'FULL') return false;
  if (isClosedForWrites(thread) && !moderates(actor, thread.locale)) return false;
  return canPostInBoard(actor, { kind: thread.boardKind, locale: thread.locale });
}

export function canEditThread(actor: Actor | null, thread: ThreadPolicyFacts): boolean {
  if (!mayWrite(actor) || threadAccess(actor, thread) !== 'FULL') return false;
  if (moderates(actor, thread.locale)) return true;
  return actor.id === thread.authorId && !isClosedForWrites(thread);
}

// Staff of the thread's language and admins mark official answers, also in locked threads.
export function canMarkOfficialAnswer(actor: Actor | null, thread: ThreadFacts): boolean {
  if (!mayWrite(actor) || threadAccess(actor, thread) !== 'FULL' || thread.state !== 'VISIBLE') return false;
  return isStaffOf(actor, thread.locale) || isAdmin(actor);
}

export const canModerateThread = (actor: Actor | null, thread: ThreadPolicyFacts): boolean =>
  mayWrite(actor) && moderates(actor, thread.locale);
