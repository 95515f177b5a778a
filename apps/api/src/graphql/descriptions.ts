// Schema descriptions that several arguments share, written once so that they stay alike.

export const PAGE_SIZE = 'How many rows, 1 to 100 (values outside are clamped).';

export const AFTER = 'The rows after this cursor (the `endCursor` or an edge `cursor` of this list); a malformed one is BAD_USER_INPUT.';

// The reason a moderator, staff member or admin gives for an action.
export const REASON = 'Why, 3 to 500 characters (a CJK character counts two); kept in the moderation log.';

// createThread and createPost treat the key alike.
export const IDEMPOTENCY_KEY =
  'Any 1 to 100 characters, new for each post the user sends (e.g. a UUID made when the composer opens): a retry with the same key returns what the first request created instead of posting twice. A key this author already used elsewhere is CONFLICT.';
